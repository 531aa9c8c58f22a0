// Permanents three ways: the all-ones matrix gives n!, a 2 × 2 gives ad + bc, and the methods agree.
let ones: [[Complex]] = [[1, 1, 1], [1, 1, 1], [1, 1, 1]]
print(permanent(ones), permanent(ones, method: .glynn), permanent(ones, method: .naive))
let a = Complex(1, 2), b = Complex(0, -1), c = Complex(3, 0), d = Complex(0.5, 0.5)
print(permanent([[a, b], [c, d]]), a * d + b * c)
var m: [[Complex]] = []
for i in 0..<6 {
    var row: [Complex] = []
    for j in 0..<6 { row.append(Complex(Double((i * 7 + j * 3) % 5) - 2, Double((i + 2 * j) % 3) - 1)) }
    m.append(row)
}
let methods = [PermanentMethod.ryser, PermanentMethod.glynn, PermanentMethod.naive]
let values = methods.map { permanent(m, method: $0) }
print(methods.map { $0.rawValue }, methods.map { $0.maximumSize })
print((values[0] - values[2]).magnitude < 1e-9, (values[1] - values[2]).magnitude < 1e-9, values[2])
