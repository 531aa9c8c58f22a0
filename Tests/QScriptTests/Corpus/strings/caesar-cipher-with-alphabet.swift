// A Caesar cipher over an alphabet array, keeping case and skipping other characters.
let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
func shift(_ text: String, by k: Int) -> String {
    var out = ""
    for c in text {
        let lower = Character(c.lowercased())
        if let i = alphabet.firstIndex(of: lower) {
            let j = ((i + k) % 26 + 26) % 26
            let shifted = alphabet[j]
            out.append(c.isUppercase ? Character(shifted.uppercased()) : shifted)
        } else {
            out.append(c)
        }
    }
    return out
}
let message = "Entangle Qubits, then Measure!"
let secret = shift(message, by: 3)
print(secret)
print(shift(secret, by: -3))
print(shift("xyz XYZ", by: 29), shift(message, by: 26) == message)
