// A validation function with a chain of guards, each returning a reason.
func validate(amplitudes: [Double]) -> String {
    guard !amplitudes.isEmpty else { return "empty" }
    let n = amplitudes.count
    guard n & (n - 1) == 0 else { return "length \(n) is not a power of two" }
    guard amplitudes.allSatisfy({ abs($0) <= 1 }) else { return "amplitude above one" }
    let norm = amplitudes.map { $0 * $0 }.reduce(0, +)
    guard abs(norm - 1) < 1e-9 else { return "norm \(norm)" }
    return "valid state on \(n.trailingZeroBitCount) qubits"
}
let candidates: [[Double]] = [[], [1, 0, 0], [0.6, 0.8], [2, 0], [0.5, 0.5, 0.5, 0.5], [0.5, 0.5, 0.5, 0.6], [1]]
for c in candidates { print(c, "->", validate(amplitudes: c)) }
