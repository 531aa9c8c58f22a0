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
                t.property("probability") { $0.probability }
                t.property("krausOperators") { $0.krausOperators }
            },
            Binding(ReadoutError.self, "ReadoutError") { t in
                t.initializer("init(p01:p10:)") { (a: Double, b: Double) in ReadoutError(p01: a, p10: b) }
                t.initializer("init(_:)") { (p: Double) in ReadoutError(p) }
                t.property("p01", get: { $0.p01 }, set: { $0.p01 = $1 })
                t.property("p10", get: { $0.p10 }, set: { $0.p10 = $1 })
                t.method("apply(to:qubits:)") { (r: ReadoutError, p: [Double], qubits: Int) in
                    try r.validate()
                    if qubits < 0 || p.count != 1 << min(qubits, 62) { throw QSimError.invalidLength(p.count) }
                    return r.apply(to: p, qubits: qubits)
                }
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
                t.initializer("init(qubits:)") { (n: Int) in
                    try DensityMatrix.validate(qubits: n)
                    return DensityMatrix(qubits: n)
                }
                t.initializer("init(_:)") { (psi: StateVector) in
                    try DensityMatrix.validate(qubits: psi.qubits)
                    return DensityMatrix(psi)
                }
                t.property("qubits") { $0.qubits }
                t.property("trace") { $0.trace }
                t.property("purity") { $0.purity }
                t.mutatingMethod("apply(_:on:)") { (rho: inout DensityMatrix, channel: Channel, q: Int) in
                    try channel.validate()
                    if q < 0 || q >= rho.qubits { throw QSimError.qubitOutOfRange(qubit: q, qubits: rho.qubits) }
                    rho.apply(channel, on: q)
                }
                t.mutatingMethod("run(_ circuit: Circuit, noise: NoiseModel = NoiseModel())") { (rho: inout DensityMatrix, c: Circuit, noise: NoiseModel) in
                    try rho.validateRun(c, noise: noise)
                    rho.run(c, noise: noise)
                }
                t.method("probabilities()") { (rho: DensityMatrix) in rho.probabilities() }
                t.method("probabilities(readout:)") { (rho: DensityMatrix, r: ReadoutError) in
                    try r.validate()
                    return rho.probabilities(readout: r)
                }
                t.method("fidelity(with:)") { (rho: DensityMatrix, psi: StateVector) in
                    if psi.qubits != rho.qubits { throw QSimError.qubitCountMismatch(expected: rho.qubits, got: psi.qubits) }
                    return rho.fidelity(with: psi)
                }
                t.method("expectation(_:)") { (rho: DensityMatrix, p: PauliString) in
                    try p.validate(qubits: rho.qubits)
                    return rho.expectation(p)
                }
                t.method("expectation(_:)") { (rho: DensityMatrix, o: Observable) in
                    try o.validate(qubits: rho.qubits)
                    return rho.expectation(o)
                }
                t.method("sample(shots: Int, seed: Int, readout: ReadoutError? = nil) -> [Int]") {
                    (rho: DensityMatrix, shots: Int, seed: Int, r: ReadoutError?) in
                    try validateShots(shots)
                    try r?.validate()
                    return rho.sample(shots: shots, seed: seed, readout: r)
                }
            },
            Binding(extending: Circuit.self) { t in
                t.method("runNoisy(_:)") { (c: Circuit, noise: NoiseModel) in
                    try DensityMatrix.validate(qubits: c.qubits)
                    try DensityMatrix(qubits: c.qubits).validateRun(c, noise: noise)
                    return c.runNoisy(noise)
                }
            },
        ]
    }

    /// The stabilizer (Clifford) simulator: thousands of qubits for H, S, CNOT circuits.
    static var clifford: [Binding] {
        [Binding(Tableau.self, "Tableau") { t in
            t.initializer("init(qubits:)") { (n: Int) in
                try Tableau.validate(qubits: n)
                return Tableau(qubits: n)
            }
            t.initializer("init(_:)") { (c: Circuit) in
                try Tableau.validate(c)
                return Tableau(c)
            }
            t.property("qubits") { $0.qubits }
            t.mutatingMethod("h(_:)") { (tab: inout Tableau, q: Int) in
                try inRange([q], tab.qubits)
                tab.h(q)
            }
            t.mutatingMethod("s(_:)") { (tab: inout Tableau, q: Int) in
                try inRange([q], tab.qubits)
                tab.s(q)
            }
            t.mutatingMethod("cnot(_:_:)") { (tab: inout Tableau, a: Int, b: Int) in
                try inRange([a, b], tab.qubits)
                tab.cnot(a, b)
            }
            t.mutatingMethod("swap(_:_:)") { (tab: inout Tableau, a: Int, b: Int) in
                try inRange([a, b], tab.qubits)
                tab.swap(a, b)
            }
            t.method("sample(shots:seed:)") { (tab: Tableau, shots: Int, seed: Int) in
                try validateShots(shots)
                try checkAllocation(count: shots * tab.qubits, of: Int.self)
                return tab.sample(shots: shots, seed: seed)
            }
            t.method("probability(of:)") { (tab: Tableau, index: Int) in
                if tab.qubits < 63, index < 0 || index >= 1 << tab.qubits {
                    throw ScriptError("basis index \(index) out of range 0..<\(1 << tab.qubits)")
                }
                return tab.probability(of: index)
            }
            t.method("expectation(_:)") { (tab: Tableau, p: PauliString) in
                try p.validate(qubits: tab.qubits)
                return tab.expectation(p)
            }
        }]
    }

    static func inRange(_ qs: [Int], _ n: Int) throws {
        for q in qs where q < 0 || q >= n { throw QSimError.qubitOutOfRange(qubit: q, qubits: n) }
        if Set(qs).count != qs.count { throw QSimError.duplicateQubits(qs) }
    }
}
