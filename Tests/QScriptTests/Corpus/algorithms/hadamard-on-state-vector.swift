// Applying a Hadamard matrix to a one-qubit state with plain arrays.
let s = 1 / (2.0).squareRoot()
let hadamard: [[Double]] = [[s, s], [s, -s]]
func apply(_ m: [[Double]], _ v: [Double]) -> [Double] {
    var out = Array(repeating: 0.0, count: v.count)
    for i in 0..<m.count {
        for j in 0..<v.count {
            out[i] += m[i][j] * v[j]
        }
    }
    return out
}
let zero = [1.0, 0.0]
let plus = apply(hadamard, zero)
print(plus)
let back = apply(hadamard, plus)
print(back)
print(back.map { ($0 * 1e12).rounded() / 1e12 })
