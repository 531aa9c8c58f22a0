extension Circuit {
    /// Runs the circuit on |0…0⟩ with the current parameter values.
    public func run() -> StateVector {
        run(parameters: parameterValues)
    }

    /// Runs the circuit on |0…0⟩ with the given parameter values.
    public func run(parameters: [Double], parallelism: Parallelism = .default) -> StateVector {
        requireValid { try validate(parameters: parameters) }
        var psi = StateVector(qubits: qubits)   // checks the memory it needs
        apply(to: &psi, parameters: parameters, parallelism: parallelism)
        return psi
    }

    /// Runs the circuit on `state` (checked: same number of qubits).
    public func run(from state: StateVector) -> StateVector {
        run(from: state, parameters: parameterValues)
    }

    /// Runs the circuit on `state` with the given parameter values.
    public func run(from state: StateVector, parameters: [Double], parallelism: Parallelism = .default) -> StateVector {
        requireValid { try validateRun(from: state, parameters: parameters) }
        var psi = state
        apply(to: &psi, parameters: parameters, parallelism: parallelism)
        return psi
    }

    /// Throws unless `run(from: state, parameters:)` would succeed.
    public func validateRun(from state: StateVector, parameters: [Double]? = nil) throws(QSimError) {
        if state.qubits != qubits { throw .qubitCountMismatch(expected: qubits, got: state.qubits) }
        try validate(parameters: parameters ?? parameterValues)
    }

    /// Throws unless `run()` would succeed (memory for the state).
    public func validateRun() throws(QSimError) {
        try StateVector.validate(qubits: qubits)
    }

    /// Applies the operations in place. Long circuits on large states go through the
    /// cache-blocked executor (several gates per pass over memory); results agree with applying
    /// the gates one at a time up to rounding, and never depend on the thread count.
    public func apply(to state: inout StateVector, parameters: [Double], parallelism: Parallelism = .default) {
        precondition(state.qubits == qubits, "state has \(state.qubits) qubits, circuit \(qubits)")
        guard qubits >= BlockedExecutor.minimumQubits && operations.count > 1 else {
            return applyGateByGate(to: &state, parameters: parameters, parallelism: parallelism)
        }
        state.makeUnique()
        BlockedExecutor(circuit: self, parameters: parameters).run(on: state.pointer, parallelism)
    }

    /// Applies the operations one gate per pass (the reference path; used by tests and benchmarks).
    public func applyGateByGate(to state: inout StateVector, parameters: [Double], parallelism: Parallelism = .default) {
        precondition(state.qubits == qubits, "state has \(state.qubits) qubits, circuit \(qubits)")
        state.makeUnique()
        let s = state.pointer
        for op in operations { op.apply(to: s, qubits: qubits, values: parameters, parallelism) }
    }
}

extension StateVector {
    var pointer: StatePointer { storage.pointer }

    /// Applies one operation in place (checked like `Circuit.append`).
    public mutating func apply(_ gate: Gate, on targets: [Int], controls: [Int] = []) {
        var c = Circuit(qubits: qubits)
        c.append(gate, on: targets, controls: controls)
        makeUnique()
        c.operations[0].apply(to: pointer, qubits: qubits, values: [], .default)
    }
}
