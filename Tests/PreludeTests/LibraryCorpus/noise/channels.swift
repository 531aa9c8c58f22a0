// Each channel on a qubit in |+>.
var c = Circuit(qubits: 1)
c.h(0)
let channels: [Channel] = [.depolarizing(0.2), .bitFlip(0.3), .phaseFlip(0.25), .amplitudeDamping(0.4), .phaseDamping(0.5)]
for ch in channels {
    var rho = DensityMatrix(c.run())
    rho.apply(ch, on: 0)
    print(ch.probability, ch.krausOperators.count, rho.purity, rho.expectation(PauliString.x(0)))
}
