import QScript
import QSim

extension Prelude {
    /// Noise: channels, readout error, noise models, and the density-matrix simulator they run on.
    static var noise: [Binding] {
        [
            Binding(Channel.self, "Channel") { t in
                t.staticMethod("depolarizing(_:)") { (p: Double) in Channel.depolarizing(p) }
                t.staticMethod("bitFlip(_:)") { (p: Double) in Channel.bitFlip(p) }
                t.staticMethod("phaseFlip(_:)") { (p: Double) in Channel.phaseFlip(p) }
                t.staticMethod("amplitudeDamping(_:)") { (p: Double) in Channel.amplitudeDamping(p) }
                t.staticMethod("phaseDamping(_:)") { (p: Double) in Channel.phaseDamping(p) }
                t.property("probability") { $0.probability }
                t.property("krausOperators") { $0.krausOperators }
            },
            Binding(ReadoutError.self, "ReadoutError") { t in
                t.initializer("init(p01:p10:)") { (a: Double, b: Double) in ReadoutError(p01: a, p10: b) }
                t.initializer("init(_:)") { (p: Double) in ReadoutError(p) }
                t.property("p01", get: { $0.p01 }, set: { $0.p01 = $1 })
                t.property("p10", get: { $0.p10 }, set: { $0.p10 = $1 })
                t.method("apply(to:qubits:)") { (r: ReadoutError, p: [Double], qubits: Int) in try r.checkedApply(to: p, qubits: qubits) }
            },
            Binding(NoiseModel.self, "NoiseModel") { t in
                t.initializer("init(afterSingleQubitGates: [Channel] = [], afterMultiQubitGates: [Channel] = [], readout: ReadoutError? = nil)") {
                    (single: [Channel], multi: [Channel], readout: ReadoutError?) in
                    NoiseModel(afterSingleQubitGates: single, afterMultiQubitGates: multi, readout: readout)
                }
                t.staticMethod("depolarizing(_:)") { (p: Double) in NoiseModel.depolarizing(p) }
                t.property("afterSingleQubitGates", get: { $0.afterSingleQubitGates }, set: { $0.afterSingleQubitGates = $1 })
                t.property("afterMultiQubitGates", get: { $0.afterMultiQubitGates }, set: { $0.afterMultiQubitGates = $1 })
                t.property("readout", get: { $0.readout }, set: { $0.readout = $1 })
            },
            Binding(DensityMatrix.self, "DensityMatrix") { t in
                t.initializer("init(qubits:)") { (n: Int) in try DensityMatrix.checked(qubits: n) }
                t.initializer("init(_:)") { (psi: StateVector) in try DensityMatrix.checked(psi) }
                t.property("qubits") { $0.qubits }
                t.property("trace") { $0.trace }
                t.property("purity") { $0.purity }
                t.mutatingMethod("apply(_:on:)") { (rho: inout DensityMatrix, channel: Channel, q: Int) in try rho.checkedApply(channel, on: q) }
                t.mutatingMethod("run(_ circuit: Circuit, noise: NoiseModel = NoiseModel())") { (rho: inout DensityMatrix, c: Circuit, noise: NoiseModel) in
                    try rho.checkedRun(c, noise: noise)
                }
                t.method("probabilities()") { (rho: DensityMatrix) in rho.probabilities() }
                t.method("probabilities(readout:)") { (rho: DensityMatrix, r: ReadoutError) in try rho.checkedProbabilities(readout: r) }
                t.method("fidelity(with:)") { (rho: DensityMatrix, psi: StateVector) in try rho.checkedFidelity(with: psi) }
                t.method("expectation(_:)") { (rho: DensityMatrix, p: PauliString) in try rho.checkedExpectation(p) }
                t.method("expectation(_:)") { (rho: DensityMatrix, o: Observable) in try rho.checkedExpectation(o) }
                t.method("sample(shots: Int, seed: Int, readout: ReadoutError? = nil) -> [Int]") {
                    (rho: DensityMatrix, shots: Int, seed: Int, r: ReadoutError?) in
                    try validateShots(shots)
                    return try rho.checkedSample(shots: shots, seed: seed, readout: r)
                }
                t.subscriptGetter("subscript(_:_:)") { (rho: DensityMatrix, row: Int, column: Int) in try rho.checkedEntry(row: row, column: column) }
            },
            Binding(extending: Circuit.self) { t in
                t.method("runNoisy(_:)") { (c: Circuit, noise: NoiseModel) in try c.checkedRunNoisy(noise) }
            },
        ]
    }

    /// The stabilizer (Clifford) simulator: thousands of qubits for H, S, CNOT circuits.
    static var clifford: [Binding] {
        [Binding(Tableau.self, "Tableau") { t in
            t.initializer("init(qubits:)") { (n: Int) in try Tableau.checked(qubits: n) }
            t.initializer("init(_:)") { (c: Circuit) in try Tableau.checked(c) }
            t.property("qubits") { $0.qubits }
            t.mutatingMethod("h(_:)") { (tab: inout Tableau, q: Int) in try tab.checkedApply(.h, on: [q]) }
            t.mutatingMethod("s(_:)") { (tab: inout Tableau, q: Int) in try tab.checkedApply(.s, on: [q]) }
            t.mutatingMethod("cnot(_:_:)") { (tab: inout Tableau, a: Int, b: Int) in try tab.checkedApply(.x, on: [b], controls: [a]) }
            t.mutatingMethod("swap(_:_:)") { (tab: inout Tableau, a: Int, b: Int) in try tab.checkedApply(.swap, on: [a, b]) }
            t.mutatingMethod("apply(_ gate: Gate, on targets: [Int], controls: [Int] = [])") { (tab: inout Tableau, g: Gate, targets: [Int], controls: [Int]) in
                try tab.checkedApply(g, on: targets, controls: controls)
            }
            t.method("sample(shots:seed:)") { (tab: Tableau, shots: Int, seed: Int) in
                try validateShots(shots)
                return try tab.checkedSample(shots: shots, seed: seed)
            }
            t.method("probability(of:)") { (tab: Tableau, index: Int) in try tab.checkedProbability(of: index) }
            t.method("expectation(_:)") { (tab: Tableau, p: PauliString) in try tab.checkedExpectation(p) }
        }]
    }
}
