import QScript
import QSim

extension Prelude {
    static var stateVector: [Binding] {
        [Binding(StateVector.self, "StateVector") { t in
            t.initializer("init(amplitudes:)") { (amplitudes: [Double]) in try StateVector.checked(amplitudes: amplitudes) }
            t.initializer("init(amplitudes:)") { (amplitudes: [Complex]) in try StateVector.checked(amplitudes: amplitudes) }
            t.initializer("init(qubits:)") { (qubits: Int) in try StateVector.checked(qubits: qubits) }
            t.initializer("init(basisState:qubits:)") { (index: Int, qubits: Int) in try StateVector.checked(basisState: index, qubits: qubits) }
            t.property("qubits") { $0.qubits }
            t.property("count") { $0.count }
            t.property("amplitudes") { $0.amplitudes }
            t.property("normSquared") { $0.normSquared }
            t.method("amplitude(_:)") { (psi: StateVector, index: Int) in try psi.checkedAmplitude(index) }
            t.method("amplitude(_:)") { (psi: StateVector, bitstring: String) in try psi.checkedAmplitude(bitstring) }
            t.method("probabilities()") { (psi: StateVector) in psi.probabilities() }
            t.method("marginalProbabilities(qubits:)") { (psi: StateVector, subset: [Int]) in try psi.checkedMarginalProbabilities(qubits: subset) }
            t.method("probabilityOfOne(_:)") { (psi: StateVector, q: Int) in try psi.checkedProbabilityOfOne(q) }
            t.method("sample(shots:seed:)") { (psi: StateVector, shots: Int, seed: Int) in
                try validateShots(shots)
                return try psi.checkedSample(shots: shots, seed: seed)
            }
            t.method("counts(shots:seed:)") { (psi: StateVector, shots: Int, seed: Int) in
                // Counts come from `shots` samples, so the same checks as `sample` apply.
                try validateShots(shots)
                return try psi.checkedCounts(shots: shots, seed: seed)
            }
            t.method("expectation(_:)") { (psi: StateVector, p: PauliString) in try psi.checkedExpectation(p) }
            t.method("expectation(_:)") { (psi: StateVector, o: Observable) in try psi.checkedExpectation(o) }
            t.method("innerProduct(_:)") { (psi: StateVector, phi: StateVector) in try psi.checkedInnerProduct(phi) }
            t.method("fidelity(with:)") { (psi: StateVector, phi: StateVector) in try psi.checkedFidelity(with: phi) }
            t.mutatingMethod("apply(_ gate: Gate, on targets: [Int], controls: [Int] = [])") { (psi: inout StateVector, g: Gate, targets: [Int], controls: [Int]) in
                try psi.checkedApply(g, on: targets, controls: controls)
            }
            t.staticMethod("bitstring(_:qubits:)") { (index: Int, qubits: Int) in StateVector.bitstring(index, qubits: qubits) }
            t.staticMethod("counts(of:qubits:)") { (samples: [Int], qubits: Int) in StateVector.counts(of: samples, qubits: qubits) }
        }]
    }

    /// The size of the samples a call would return, refused past what a cell may hold (QSim
    /// checks the count itself).
    static func validateShots(_ shots: Int) throws {
        if shots > 0 { try checkAllocation(count: shots, of: Int.self) }
    }

    /// Refuses results too large to hand to a cell (e.g. a billion samples), before allocating.
    static func checkAllocation<T>(count: Int, of _: T.Type, limit: Int = 1 << 30) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        if overflow || bytes > limit {
            throw ScriptError("\(count) results would need more than \(limit >> 20) MiB; ask for fewer")
        }
    }
}
