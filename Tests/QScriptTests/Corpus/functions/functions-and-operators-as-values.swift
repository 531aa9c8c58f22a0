import Foundation
func integrate(_ f: (Double) -> Double, from a: Double = 0, to b: Double = 1) -> Double {
    let n = 1000
    let h = (b - a) / Double(n)
    var s = 0.0
    for i in 0..<n { s += f(a + (Double(i) + 0.5) * h) }
    return s * h
}
print(integrate(sin))
print(zip([1, 2], [3, 4]).map(*))
let ops: [(String, (Int, Int) -> Int)] = [("+", +), ("*", *)]
for (name, op) in ops { print(name, op(6, 7)) }
