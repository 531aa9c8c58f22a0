import QScript
import QSim

extension Prelude {
    static var stateVector: [Binding] {
        [Binding(StateVector.self, "StateVector") { t in
            t.initializer("init(amplitudes:)") { (amplitudes: [Double]) in
                try StateVector.validate(amplitudes: amplitudes)
                return StateVector(amplitudes: amplitudes)
            }
            t.initializer("init(amplitudes:)") { (amplitudes: [Complex]) in
                try StateVector.validate(amplitudes: amplitudes)
                return StateVector(amplitudes: amplitudes)
            }
            t.initializer("init(qubits:)") { (qubits: Int) in
                try StateVector.validate(qubits: qubits)
                return StateVector(qubits: qubits)
            }
            t.initializer("init(basisState:qubits:)") { (index: Int, qubits: Int) in
                try StateVector.validate(qubits: qubits)
                if index < 0 || index >= 1 << qubits { throw ScriptError("basis index \(index) out of range 0..<\(1 << qubits)") }
                return StateVector(basisState: index, qubits: qubits)
            }
            t.property("qubits") { $0.qubits }
            t.property("count") { $0.count }
            t.property("amplitudes") { $0.amplitudes }
            t.property("normSquared") { $0.normSquared }
            t.method("amplitude(_:)") { (psi: StateVector, index: Int) in
                if index < 0 || index >= psi.count { throw ScriptError("basis index \(index) out of range 0..<\(psi.count)") }
                return psi.amplitude(index)
            }
            t.method("amplitude(_:)") { (psi: StateVector, bitstring: String) in
                try psi.validate(bitstring: bitstring)
                return psi.amplitude(bitstring)
            }
            t.method("probabilities()") { (psi: StateVector) in psi.probabilities() }
            t.method("marginalProbabilities(qubits:)") { (psi: StateVector, subset: [Int]) in
                try psi.validate(qubits: subset)
                return psi.marginalProbabilities(qubits: subset)
            }
            t.method("probabilityOfOne(_:)") { (psi: StateVector, q: Int) in
                try psi.validate(qubits: [q])
                return psi.probabilityOfOne(q)
            }
            t.method("sample(shots:seed:)") { (psi: StateVector, shots: Int, seed: Int) in
                try validateShots(shots)
                return psi.sample(shots: shots, seed: seed)
            }
            t.method("counts(shots:seed:)") { (psi: StateVector, shots: Int, seed: Int) in
                // Counts come from `shots` samples, so the same checks as `sample` apply.
                try validateShots(shots)
                return psi.counts(shots: shots, seed: seed)
            }
            t.method("expectation(_:)") { (psi: StateVector, p: PauliString) in
                try p.validate(qubits: psi.qubits)
                return psi.expectation(p)
            }
            t.method("expectation(_:)") { (psi: StateVector, o: Observable) in
                try o.validate(qubits: psi.qubits)
                return psi.expectation(o)
            }
            t.method("innerProduct(_:)") { (psi: StateVector, phi: StateVector) in
                if psi.qubits != phi.qubits { throw QSimError.qubitCountMismatch(expected: psi.qubits, got: phi.qubits) }
                return psi.innerProduct(phi)
            }
            t.method("fidelity(with:)") { (psi: StateVector, phi: StateVector) in
                if psi.qubits != phi.qubits { throw QSimError.qubitCountMismatch(expected: psi.qubits, got: phi.qubits) }
                return psi.fidelity(with: phi)
            }
            t.staticMethod("bitstring(_:qubits:)") { (index: Int, qubits: Int) in StateVector.bitstring(index, qubits: qubits) }
            t.staticMethod("counts(of:qubits:)") { (samples: [Int], qubits: Int) in StateVector.counts(of: samples, qubits: qubits) }
        }]
    }

    /// QSim's check of a shot count, then the size of the samples it would return.
    static func validateShots(_ shots: Int) throws {
        try StateVector.validate(shots: shots)
        try checkAllocation(count: shots, of: Int.self)
    }

    /// Refuses results too large to hand to a cell (e.g. a billion samples), before allocating.
    static func checkAllocation<T>(count: Int, of _: T.Type, limit: Int = 1 << 30) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        if overflow || bytes > limit {
            throw ScriptError("\(count) results would need more than \(limit >> 20) MiB; ask for fewer")
        }
    }
}
