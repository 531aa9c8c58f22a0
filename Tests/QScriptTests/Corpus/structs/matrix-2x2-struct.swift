// A 2x2 matrix as a struct over a flat array: products, powers, determinant.
struct Mat2 {
    var e: [Int]
    func at(_ r: Int, _ c: Int) -> Int { e[r * 2 + c] }
    func times(_ o: Mat2) -> Mat2 {
        var out = [0, 0, 0, 0]
        for r in 0..<2 { for c in 0..<2 { for k in 0..<2 { out[r * 2 + c] += at(r, k) * o.at(k, c) } } }
        return Mat2(e: out)
    }
    var det: Int { at(0, 0) * at(1, 1) - at(0, 1) * at(1, 0) }
    var transposed: Mat2 { Mat2(e: [e[0], e[2], e[1], e[3]]) }
    mutating func scale(by k: Int) { for i in 0..<4 { e[i] *= k } }
}
let fib = Mat2(e: [1, 1, 1, 0])
var p = Mat2(e: [1, 0, 0, 1])
for n in 1...10 {
    p = p.times(fib)
    if n % 3 == 1 { print(n, p.e, p.det) }
}
var m = Mat2(e: [1, 2, 3, 4])
print(m.transposed, m.times(m.transposed).e)
m.scale(by: -2)
print(m, m.det)
