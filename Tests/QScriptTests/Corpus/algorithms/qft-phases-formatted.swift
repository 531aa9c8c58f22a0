import Foundation
// Amplitudes of the quantum Fourier transform of |1> on 2 qubits, printed to 4 places.
let n = 2
let size = 1 << n
let x = 1
let scale = 1 / Double(size).squareRoot()
for k in 0..<size {
    let angle = 2 * Double.pi * Double(x * k) / Double(size)
    let re = scale * cos(angle)
    let im = scale * sin(angle)
    print(String(format: "k=%d  %+.4f %+.4fi", k, re, im))
}
