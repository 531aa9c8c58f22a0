// The three-qubit QFT of a basis state has uniform probabilities and linear phases.
let n = 3
var c = Circuit(qubits: n)
c.x(2)
for j in 0..<n {
    c.h(j)
    for k in (j + 1)..<n { c.cphase(3.141592653589793 / Double(1 << (k - j)), k, j) }
}
c.swap(0, 2)
let psi = c.run()
print(psi.probabilities().map { ($0 * 1e12).rounded() / 1e12 })
print(psi.amplitudes.map { ($0.re * 1e6).rounded() / 1e6 })
