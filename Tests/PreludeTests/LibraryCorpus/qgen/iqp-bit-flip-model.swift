// The bit-flip (product) model: one-qubit gates only. Its ⟨Z_a⟩ has a closed form, and it
// samples bit by bit at any size.
import Foundation
let small = IQPCircuit(qubits: 3, gates: [[0], [1], [2], [0]], parameters: [0.3, -0.7, 1.1, 0.2])
print(small.isProduct, IQPCircuit(qubits: 2, gates: [[0, 1]], parameters: [0.5]).isProduct)
for a in [[0], [1, 2], [0, 1, 2]] {
    let closed = small.productExpectationZ(a)
    let exact = small.expectationZ(a)
    print(a, String(format: "%.12f", closed), abs(closed - exact) < 1e-12)
}
let wide = IQPCircuit(qubits: 500, gates: (0..<500).map { [$0] }, parameters: (0..<500).map { Double($0 % 7) * 0.1 })
let draws = wide.productSamples(count: 3, seed: 4)
print(draws.count, draws[0].count, draws.map { $0.reduce(0, +) })
print(String(format: "%.6f", wide.productExpectationZ([1, 2, 3])))
