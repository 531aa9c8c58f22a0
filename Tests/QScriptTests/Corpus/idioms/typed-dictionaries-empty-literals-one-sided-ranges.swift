var h: [String: (Int) -> Int] = [:]
h["sq"] = { $0 * $0 }
print(h["sq"]!(7))
var a = [Int?]()
a.append(nil); a.append(3)
print(a)
var p = [(Int, Int)]()
p.append((1, 2))
print(p)
let xs = [10, 20, 30, 40]
print(xs[..<2], xs[1...], xs[...1])
func grade(_ s: Int) -> String {
    switch s {
    case 90...: return "A"
    case ..<50: return "F"
    default: return "B"
    }
}
print(grade(95), grade(10), grade(70))
var x = Int.max
x &+= 1
print(x)
var y: Int = 3
y &*= Int.max
y &-= 5
print(y)
