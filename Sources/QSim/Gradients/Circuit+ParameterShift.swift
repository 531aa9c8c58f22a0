/// Gradients by parameter-shift rules: what hardware would do, each derivative from circuits
/// run at shifted angles, exactly or from finite shots. Rules in Gradients.md.
extension Circuit {
    /// ∂⟨O⟩/∂θ for every parameter by exact parameter-shift rules.
    public func parameterShiftGradient(of observable: Observable, parameters: [Double]? = nil) -> [Double] {
        orTrap { try checkedParameterShiftGradient(of: observable, parameters: parameters) }
    }

    /// `parameterShiftGradient(of:parameters:)`, throwing instead of trapping.
    public func checkedParameterShiftGradient(of observable: Observable, parameters: [Double]? = nil) throws(QSimError) -> [Double] {
        let values = parameters ?? parameterValues
        try validateGradient(of: observable, parameters: values)
        return try shiftGradient(values) { (c) throws(QSimError) in try c.checkedRun(parameters: values).checkedExpectation(observable) }
    }

    /// ∂⟨O⟩/∂θ estimated from `shots` measurements per term and per shifted circuit, as on
    /// hardware: each Pauli term is measured in its own basis (H for X, S†H for Y). Seeded.
    public func parameterShiftGradient(of observable: Observable, shots: Int, seed: Int,
                                       parameters: [Double]? = nil) -> [Double] {
        orTrap { try checkedParameterShiftGradient(of: observable, shots: shots, seed: seed, parameters: parameters) }
    }

    /// `parameterShiftGradient(of:shots:seed:parameters:)`, throwing instead of trapping.
    public func checkedParameterShiftGradient(of observable: Observable, shots: Int, seed: Int,
                                              parameters: [Double]? = nil) throws(QSimError) -> [Double] {
        let values = parameters ?? parameterValues
        try validateGradient(of: observable, parameters: values)
        if shots < 1 { throw .invalidShots(shots, minimum: 1) }
        var seeds = SeededGenerator(seed: seed)
        return try shiftGradient(values) { (c) throws(QSimError) in
            try c.checkedEstimateExpectation(observable, parameters: values, shots: shots, seed: Int(bitPattern: UInt(seeds.next() >> 1)))
        }
    }

    /// The Jacobian ∂pₓ/∂θ (one row per parameter, 2ⁿ columns) by exact parameter shifts.
    public func parameterShiftJacobian(parameters: [Double]? = nil) -> [[Double]] {
        orTrap { try checkedParameterShiftJacobian(parameters: parameters) }
    }

    /// `parameterShiftJacobian(parameters:)`, throwing instead of trapping.
    public func checkedParameterShiftJacobian(parameters: [Double]? = nil) throws(QSimError) -> [[Double]] {
        let values = parameters ?? parameterValues
        try validate(parameters: values)
        try StateVector.validate(qubits: qubits)
        try checkJacobianSize()
        return try shiftJacobian(values) { (c) throws(QSimError) in try c.checkedRun(parameters: values).probabilities() }
    }

    /// The Jacobian ∂pₓ/∂θ with every probability vector estimated from `shots` samples
    /// (empirical frequencies), seeded: Liu & Wang's gradient for a Born machine on hardware.
    public func parameterShiftJacobian(shots: Int, seed: Int, parameters: [Double]? = nil) -> [[Double]] {
        orTrap { try checkedParameterShiftJacobian(shots: shots, seed: seed, parameters: parameters) }
    }

    /// `parameterShiftJacobian(shots:seed:parameters:)`, throwing instead of trapping.
    public func checkedParameterShiftJacobian(shots: Int, seed: Int, parameters: [Double]? = nil) throws(QSimError) -> [[Double]] {
        let values = parameters ?? parameterValues
        try validate(parameters: values)
        try StateVector.validate(qubits: qubits)
        if shots < 1 { throw .invalidShots(shots, minimum: 1) }
        try checkJacobianSize()
        var seeds = SeededGenerator(seed: seed)
        return try shiftJacobian(values) { (c) throws(QSimError) in
            let samples = try c.checkedRun(parameters: values).checkedSample(shots: shots, seed: Int(bitPattern: UInt(seeds.next() >> 1)))
            var freq = [Double](repeating: 0, count: 1 << qubits)
            for s in samples { freq[s] += 1 / Double(shots) }
            return freq
        }
    }

    /// The Jacobian holds parameterCount × 2ⁿ numbers; refuse one larger than the caller's limit.
    private func checkJacobianSize() throws(QSimError) {
        let (cells, o1) = parameterCount.multipliedReportingOverflow(by: 1 << qubits)
        let (bytes, o2) = cells.multipliedReportingOverflow(by: 8)
        try MemoryGuard.check(resultBytes: o1 || o2 ? Int.max : bytes, what: "a Jacobian of \(parameterCount) × \(1 << qubits) entries")
    }

    /// ⟨O⟩ estimated from `shots` samples per term.
    public func estimateExpectation(_ observable: Observable, parameters: [Double]? = nil, shots: Int, seed: Int) -> Double {
        orTrap { try checkedEstimateExpectation(observable, parameters: parameters, shots: shots, seed: seed) }
    }

    /// `estimateExpectation(_:parameters:shots:seed:)`, throwing instead of trapping.
    public func checkedEstimateExpectation(_ observable: Observable, parameters: [Double]? = nil, shots: Int, seed: Int) throws(QSimError) -> Double {
        let values = parameters ?? parameterValues
        try validateGradient(of: observable, parameters: values)
        if shots < 1 { throw .invalidShots(shots, minimum: 1) }
        var seeds = SeededGenerator(seed: seed)
        var total = 0.0
        for term in observable.terms {
            if term.factors.isEmpty { total += term.coefficient; continue }
            var c = self
            // In qubit order, so the rotated state is the same bit for bit on every run.
            for q in term.factors.keys.sorted() {
                let p = term.factors[q]!
                if p == .x { c.appendUnchecked(Operation(.h, targets: [q])) }
                if p == .y { c.appendUnchecked(Operation(.sdg, targets: [q])); c.appendUnchecked(Operation(.h, targets: [q])) }
            }
            let mask = term.masks(qubits: qubits)
            let zmask = mask.x | mask.z
            let samples = try c.checkedRun(parameters: values).checkedSample(shots: shots, seed: Int(bitPattern: UInt(seeds.next() >> 1)))
            var sum = 0
            for s in samples { sum += (s & zmask).nonzeroBitCount & 1 == 0 ? 1 : -1 }
            total += term.coefficient * Double(sum) / Double(shots)
        }
        return total
    }

    /// Σ over gate occurrences of (∂a/∂θ)·(shift rule applied to `f`), for scalar `f`.
    func shiftGradient(_ values: [Double], _ f: (Circuit) throws(QSimError) -> Double) throws(QSimError) -> [Double] {
        var grad = [Double](repeating: 0, count: parameterCount)
        try forEachShift { (p, terms) throws(QSimError) in
            for (weight, circuit) in terms { grad[p.index] += p.scale * weight * (try f(circuit)) }
        }
        return grad
    }

    /// Vector form of `shiftGradient`: rows of the Jacobian.
    func shiftJacobian(_ values: [Double], _ f: (Circuit) throws(QSimError) -> [Double]) throws(QSimError) -> [[Double]] {
        var jac = [[Double]](repeating: [Double](repeating: 0, count: 1 << qubits), count: parameterCount)
        try forEachShift { (p, terms) throws(QSimError) in
            for (weight, circuit) in terms {
                let v = try f(circuit)
                for x in 0..<v.count { jac[p.index][x] += p.scale * weight * v[x] }
            }
        }
        return jac
    }

    /// For every parametrised angle: its parameter and the weighted shifted circuits whose
    /// values sum to the derivative with respect to that angle.
    func forEachShift(_ body: (Parameter, [(Double, Circuit)]) throws(QSimError) -> Void) throws(QSimError) {
        // Each shifted circuit is its own short run; count them against the deadline together.
        var ticker = DeadlineTicker()
        let c1 = (2.0.squareRoot() + 1) / (4 * 2.0.squareRoot())
        let c2 = (2.0.squareRoot() - 1) / (4 * 2.0.squareRoot())
        for (i, op) in operations.enumerated() {
            for (k, angle) in op.gate.angles.enumerated() {
                guard let p = angle.parameter else { continue }
                try ticker.tick(operations.count << qubits)
                let shifted = { (delta: Double) -> Circuit in self.shifting(operation: i, angle: k, by: delta) }
                switch op.gate.shiftRule(angle: k, controlled: !op.controls.isEmpty) {
                case .twoTerm:
                    try body(p, [(0.5, shifted(Double.pi / 2)), (-0.5, shifted(-Double.pi / 2))])
                case .fourTerm:
                    try body(p, [(c1, shifted(Double.pi / 2)), (-c1, shifted(-Double.pi / 2)),
                             (-c2, shifted(3 * Double.pi / 2)), (c2, shifted(-3 * Double.pi / 2))])
                }
            }
        }
    }

    /// A copy whose operation `i` reads angle `k` plus `delta`.
    func shifting(operation i: Int, angle k: Int, by delta: Double) -> Circuit {
        var ops = operations
        var angles = ops[i].gate.angles
        if case let .parameter(p) = angles[k] {
            angles[k] = .parameter(p + delta)
        }
        ops[i].gate = Gate(ops[i].gate.kind, angles: angles)
        var c = self
        c.replaceOperations(ops)
        return c
    }
}
