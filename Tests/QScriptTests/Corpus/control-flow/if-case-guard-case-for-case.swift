let x: Int? = 3
if case let y? = x { print("y", y) }
let nothing: Int? = nil
if case let y? = nothing { print("never", y) } else { print("none") }
func firstEven(_ xs: [Int?]) -> Int {
    for case let v? in xs where v % 2 == 0 { return v }
    return -1
}
print(firstEven([1, nil, 3, 4, nil, 6]))
func describe(_ p: (Int, Int)?) -> String {
    guard case let (a, b)? = p else { return "nothing" }
    return "\(a)+\(b)=\(a + b)"
}
print(describe((2, 3)), describe(nil))
let points = [(0, 1), (2, 0), (3, 3)]
for case (let px, 0) in points { print("on the x axis at", px) }
var stack = [1, 5, 2]
while case let top? = stack.popLast(), top != 5 { print("top", top) }
let scores = [95, 72, 88]
for case 90... in scores { print("an A") }
if case 80..<90 = scores[2], scores[2] > 85 { print("a high B") }
var found: [String] = []
let names: [String?] = ["a", nil, "c"]
for case let name? in names { found.append(name) }
print(found)
