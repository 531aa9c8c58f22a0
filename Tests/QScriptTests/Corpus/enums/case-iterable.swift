// CaseIterable gives allCases in declaration order.
enum Pauli: String, CaseIterable { case i = "I", x = "X", y = "Y", z = "Z" }
print(Pauli.allCases.count)
print(Pauli.allCases)
var words: [String] = []
for a in Pauli.allCases {
    for b in Pauli.allCases where a != b {
        words.append(a.rawValue + b.rawValue)
    }
}
print(words.count, words.prefix(5).joined(separator: " "))
print(Pauli.allCases.firstIndex(of: .y) ?? -1)
