// Declared Equatable and Hashable: == and dictionary keys compare the case and the payload.
enum Key: Hashable {
    case index(Int)
    case name(String)
    case pair(Int, Int)
}
var counts: [Key: Int] = [:]
let keys: [Key] = [.index(1), .name("a"), .index(1), .pair(1, 2), .pair(2, 1), .name("a")]
for k in keys { counts[k, default: 0] += 1 }
print(counts[.index(1)] ?? 0, counts[.name("a")] ?? 0, counts[.pair(2, 1)] ?? 0, counts.count)
print(Key.index(1) == .index(1), Key.index(1) == .index(2), Key.pair(1, 2) != .pair(2, 1))
print(keys.firstIndex(of: .pair(1, 2)) ?? -1, keys.contains(.name("b")))
