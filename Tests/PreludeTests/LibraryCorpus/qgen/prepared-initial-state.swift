// A Born machine started from a prepared state: with every angle zero it reproduces that state.
let prior = Datasets.roundedLogNormal(qubits: 3, count: 5_000, seed: 1)
let psi = prior.amplitudes
print(psi.count, abs(psi.map { $0 * $0 }.reduce(0, +) - 1) < 1e-12)
var machine = BornMachine(qubits: 3, ansatz: .ryCZ(reps: 1), initialState: psi, seed: 4)
machine.parameters = [Double](repeating: 0, count: machine.parameterCount)
let p = machine.probabilities()
print(zip(p, prior.probabilities).allSatisfy { abs($0 - $1) < 1e-12 })
