// A cell's own type may take the name of a library type (Gate, Pauli): in the cell the name
// means the cell's type, as a module's own declarations shadow imported ones in Swift.
import Foundation
enum Gate: String, CaseIterable { case h = "H", x = "X", z = "Z" }
struct Pauli { var label: String; var weight: Int }
let sequence: [Gate] = [.h, .z, .h]
print(sequence.map { $0.rawValue }.joined(), [Gate.x], Gate.allCases.count)
print(Pauli(label: "ZZ", weight: 2))
var c = Circuit(qubits: 1)
for g in sequence {
    switch g {
    case .h: c.h(0)
    case .x: c.x(0)
    case .z: c.z(0)
    }
}
print(c.gateCount, String(format: "%.6f", c.run().probabilities()[1]))
