// Basis-state labels: binary strings padded to the qubit count, and parsing them back.
func label(_ x: Int, qubits: Int) -> String {
    let b = String(x, radix: 2)
    return "|" + String(repeating: "0", count: max(0, qubits - b.count)) + b + ">"
}
print((0..<8).map { label($0, qubits: 3) }.joined(separator: " "))
print(label(5, qubits: 6), label(13, qubits: 2))
let texts = ["101", "0011", "12", "", "1111111"]
for t in texts { print("\"\(t)\"", Int(t, radix: 2) as Any) }
print(String(255, radix: 16), String(255, radix: 16).uppercased(), String(-10, radix: 2), Int("ff", radix: 16)!)
let reversed = String(String(6, radix: 2).reversed())
print(reversed, Int(reversed, radix: 2)!)
