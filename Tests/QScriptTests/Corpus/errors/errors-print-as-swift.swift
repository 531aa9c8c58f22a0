// A caught error prints as its own value; in a collection, with its module and type.
enum QuantumError: Error { case decoherence(time: Double), readout }
struct Limit: Error { var qubits: Int }
var caught: [Error] = []
for k in 0..<3 {
    do {
        switch k {
        case 0: throw QuantumError.decoherence(time: 1.5)
        case 1: throw QuantumError.readout
        default: throw Limit(qubits: 40)
        }
    } catch {
        print(error)
        print("caught \(error)")
        caught.append(error)
    }
}
print(caught)
print(caught.count)
