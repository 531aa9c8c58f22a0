// The Bell state (|00> + |11>)/sqrt(2): amplitudes, probabilities and marginals.
let r = 1 / (2.0).squareRoot()
let amplitudes = [r, 0, 0, r]
let probabilities = amplitudes.map { $0 * $0 }
print(probabilities)
var firstQubitOne = 0.0
var secondQubitOne = 0.0
for (index, p) in probabilities.enumerated() {
    if index & 0b10 != 0 { firstQubitOne += p }
    if index & 0b01 != 0 { secondQubitOne += p }
}
print(firstQubitOne, secondQubitOne)
let correlated = probabilities[0] + probabilities[3]
print("P(equal bits) =", correlated)
