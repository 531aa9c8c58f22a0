// <Z> on each qubit and <ZZ> from a probability vector over two qubits.
let probs = [0.4, 0.1, 0.2, 0.3]
func parity(_ index: Int, mask: Int) -> Double {
    (index & mask).nonzeroBitCount % 2 == 0 ? 1 : -1
}
var expectations: [String: Double] = [:]
for (name, mask) in [("Z1", 0b10), ("Z0", 0b01), ("ZZ", 0b11)] {
    var e = 0.0
    for (i, p) in probs.enumerated() {
        e += parity(i, mask: mask) * p
    }
    expectations[name] = e
}
for name in expectations.keys.sorted() {
    print(name, expectations[name]!)
}
