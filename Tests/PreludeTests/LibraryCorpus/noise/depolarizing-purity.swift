// Purity falls as a GHZ state is depolarised gate by gate.
var c = Circuit(qubits: 3)
c.h(0); c.cnot(0, 1); c.cnot(1, 2)
for p in [0.0, 0.05, 0.2] {
    let rho = c.runNoisy(NoiseModel(afterSingleQubitGates: [.depolarizing(p)], afterMultiQubitGates: [.depolarizing(p)]))
    print(p, (rho.purity * 1e9).rounded() / 1e9, (rho.expectation(PauliString.z(0) * .z(2)) * 1e9).rounded() / 1e9)
}
