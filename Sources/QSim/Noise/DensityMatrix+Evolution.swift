extension DensityMatrix {
    /// ρ → UρU† for one operation of a circuit (angles read from `values`).
    mutating func apply(_ op: Operation, values: [Double]) {
        makeUnique()
        let n = qubits
        let m = op.gate.matrix(op.gate.angles.map { $0.value(values) })
        let k = op.gate.qubitCount
        let s = pointer
        // Row qubit q is bit 2n−1−q of the vector index, column qubit q is bit n−1−q.
        let rowBits = op.targets.map { 2 * n - 1 - $0 }, rowControls = op.controls.map { 2 * n - 1 - $0 }
        let colBits = op.targets.map { n - 1 - $0 }, colControls = op.controls.map { n - 1 - $0 }
        Operation.applyMatrix(s, rowBits, m, k, controls: rowControls, .serial)
        Operation.applyMatrix(s, colBits, m.map(\.conjugate), k, controls: colControls, .serial)
    }

    /// ρ → Σₖ KₖρKₖ† for a channel on `qubit`.
    public mutating func apply(_ channel: Channel, on qubit: Int) {
        orTrap { try checkedApply(channel, on: qubit) }
    }

    /// `apply(_:on:)`, throwing instead of trapping.
    public mutating func checkedApply(_ channel: Channel, on qubit: Int) throws(QSimError) {
        try channel.validate()
        if qubit < 0 || qubit >= qubits { throw .qubitOutOfRange(qubit: qubit, qubits: qubits) }
        applyChannel(channel, on: qubit)
    }

    private mutating func applyChannel(_ channel: Channel, on qubit: Int) {
        makeUnique()
        let n = qubits
        let source = AmplitudeStorage(copying: storage)
        memsetZero(storage)
        let term = AmplitudeStorage(count: storage.count)
        let t = term.pointer
        for kraus in channel.krausOperators {
            term.re.update(from: source.re, count: source.count)
            term.im.update(from: source.im, count: source.count)
            Operation.applyMatrix(t, [2 * n - 1 - qubit], kraus, 1, controls: [], .serial)
            Operation.applyMatrix(t, [n - 1 - qubit], kraus.map(\.conjugate), 1, controls: [], .serial)
            for i in 0..<storage.count {
                storage.re[i] += term.re[i]
                storage.im[i] += term.im[i]
            }
        }
    }

    /// Runs `circuit` (current parameter values) on this state with `noise`.
    public mutating func run(_ circuit: Circuit, noise: NoiseModel = NoiseModel()) {
        orTrap { try checkedRun(circuit, noise: noise) }
    }

    /// `run(_:noise:)`, throwing instead of trapping (and stopping at the caller's deadline).
    public mutating func checkedRun(_ circuit: Circuit, noise: NoiseModel = NoiseModel()) throws(QSimError) {
        try validateRun(circuit, noise: noise)
        var ticker = DeadlineTicker()
        for op in circuit.operations {
            try ticker.tick(storage.count)
            apply(op, values: circuit.parameterValues)
            let channels = op.qubits.count == 1 ? noise.afterSingleQubitGates : noise.afterMultiQubitGates
            for q in op.qubits { for c in channels { applyChannel(c, on: q) } }
        }
    }

    /// Throws unless `run(circuit, noise:)` would succeed.
    public func validateRun(_ circuit: Circuit, noise: NoiseModel) throws(QSimError) {
        if circuit.qubits != qubits { throw .qubitCountMismatch(expected: qubits, got: circuit.qubits) }
        try noise.validate()
    }

    private func memsetZero(_ s: AmplitudeStorage) {
        s.re.update(repeating: 0, count: s.count)
        s.im.update(repeating: 0, count: s.count)
    }
}

extension Circuit {
    /// The density matrix after running on |0…0⟩ with `noise` (≤ 13 qubits).
    public func runNoisy(_ noise: NoiseModel) -> DensityMatrix {
        orTrap { try checkedRunNoisy(noise) }
    }

    /// `runNoisy(_:)`, throwing instead of trapping.
    public func checkedRunNoisy(_ noise: NoiseModel) throws(QSimError) -> DensityMatrix {
        var rho = try DensityMatrix.checked(qubits: qubits)
        try rho.checkedRun(self, noise: noise)
        return rho
    }
}
