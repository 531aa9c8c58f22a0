// Values boxed as Any are compared only after casting them back to their type.
struct Tag: Equatable { var name: String }
enum Level: Int { case low = 1, high }
let boxes: [Any] = [Tag(name: "a"), Level.high, 2, Tag(name: "b"), Level.low, "a"]
let target = Tag(name: "b")
for (i, b) in boxes.enumerated() {
    if let t = b as? Tag, t == target { print(i, "is the target") }
    if let l = b as? Level { print(i, "level", l.rawValue, l == .high) }
    if let n = b as? Int, n == Level.high.rawValue { print(i, "matches high's raw value") }
}
let tags = boxes.compactMap { $0 as? Tag }
print(tags, tags.contains(target))
