extension Circuit {
    /// Runs the circuit on |0…0⟩ with the current parameter values.
    public func run() -> StateVector { orTrap { try checkedRun() } }

    /// Runs the circuit on |0…0⟩ with the given parameter values.
    public func run(parameters: [Double], parallelism: Parallelism = .default) -> StateVector {
        orTrap { try checkedRun(parameters: parameters, parallelism: parallelism) }
    }

    /// Runs the circuit on `state` (checked: same number of qubits).
    public func run(from state: StateVector) -> StateVector { orTrap { try checkedRun(from: state) } }

    /// Runs the circuit on `state` with the given parameter values.
    public func run(from state: StateVector, parameters: [Double], parallelism: Parallelism = .default) -> StateVector {
        orTrap { try checkedRun(from: state, parameters: parameters, parallelism: parallelism) }
    }

    /// `run()`, throwing instead of trapping (memory, the caller's deadline).
    public func checkedRun() throws(QSimError) -> StateVector {
        try checkedRun(parameters: parameterValues)
    }

    /// `run(parameters:parallelism:)`, throwing instead of trapping.
    public func checkedRun(parameters: [Double], parallelism: Parallelism = .default) throws(QSimError) -> StateVector {
        try validate(parameters: parameters)
        var psi = try StateVector.checked(qubits: qubits)
        try checkedApply(to: &psi, parameters: parameters, parallelism: parallelism)
        return psi
    }

    /// `run(from:)`, throwing instead of trapping.
    public func checkedRun(from state: StateVector) throws(QSimError) -> StateVector {
        try checkedRun(from: state, parameters: parameterValues)
    }

    /// `run(from:parameters:parallelism:)`, throwing instead of trapping.
    public func checkedRun(from state: StateVector, parameters: [Double], parallelism: Parallelism = .default) throws(QSimError) -> StateVector {
        try validateRun(from: state, parameters: parameters)
        var psi = state
        try checkedApply(to: &psi, parameters: parameters, parallelism: parallelism)
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
        orTrap { try checkedApply(to: &state, parameters: parameters, parallelism: parallelism) }
    }

    /// `apply(to:parameters:parallelism:)`, throwing instead of trapping; stops between gates
    /// (or passes) when the caller's deadline has passed.
    public func checkedApply(to state: inout StateVector, parameters: [Double], parallelism: Parallelism = .default) throws(QSimError) {
        if state.qubits != qubits { throw .qubitCountMismatch(expected: qubits, got: state.qubits) }
        try validate(parameters: parameters)
        var ticker = DeadlineTicker()
        guard qubits >= BlockedExecutor.minimumQubits && operations.count > 1 else {
            state.makeUnique()
            let s = state.pointer
            for op in operations {
                try ticker.tick(1 << qubits)
                op.apply(to: s, qubits: qubits, values: parameters, parallelism)
            }
            return
        }
        state.makeUnique()
        try BlockedExecutor(circuit: self, parameters: parameters).run(on: state.pointer, parallelism, ticker: &ticker)
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
        orTrap { try checkedApply(gate, on: targets, controls: controls) }
    }

    /// `apply(_:on:controls:)`, throwing instead of trapping.
    public mutating func checkedApply(_ gate: Gate, on targets: [Int], controls: [Int] = []) throws(QSimError) {
        var c = Circuit(qubits: qubits)
        try c.checkedAppend(gate, on: targets, controls: controls)
        makeUnique()
        c.operations[0].apply(to: pointer, qubits: qubits, values: [], .default)
    }
}
