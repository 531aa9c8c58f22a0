// The Pauli letters.
let letters = [Pauli.i, Pauli.x, Pauli.y, Pauli.z]
print(letters.map { $0.rawValue })
