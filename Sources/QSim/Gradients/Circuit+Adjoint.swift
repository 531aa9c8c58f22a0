/// Gradients by the adjoint method: one forward pass, then one backward sweep that undoes the
/// gates on two vectors (the state and the "adjoint" vector λ). Cost: about four gate passes per
/// gate, whatever the number of parameters. Maths in Gradients.md.
extension Circuit {
    /// ⟨O⟩ and ∂⟨O⟩/∂θ for every parameter, by the adjoint method.
    public func expectationGradient(of observable: Observable, parameters: [Double]? = nil)
        -> (value: Double, gradient: [Double]) {
        orTrap { try checkedExpectationGradient(of: observable, parameters: parameters) }
    }

    /// Pauli-string form of `expectationGradient`.
    public func expectationGradient(of p: PauliString, parameters: [Double]? = nil) -> (value: Double, gradient: [Double]) {
        expectationGradient(of: Observable(p), parameters: parameters)
    }

    /// `expectationGradient(of:parameters:)`, throwing instead of trapping (and stopping at the
    /// caller's deadline).
    public func checkedExpectationGradient(of observable: Observable, parameters: [Double]? = nil)
        throws(QSimError) -> (value: Double, gradient: [Double]) {
        let values = parameters ?? parameterValues
        try validateGradient(of: observable, parameters: values)
        let psi = try checkedRun(parameters: values)
        let value = try psi.checkedExpectation(observable)
        let lambda = psi.applyingObservable(observable)
        return (value, try adjointSweep(final: psi, lambda: lambda, values: values))
    }

    /// Pauli-string form of `checkedExpectationGradient`.
    public func checkedExpectationGradient(of p: PauliString, parameters: [Double]? = nil)
        throws(QSimError) -> (value: Double, gradient: [Double]) {
        try checkedExpectationGradient(of: Observable(p), parameters: parameters)
    }

    /// Throws unless the gradient of `observable` can be computed with these values.
    public func validateGradient(of observable: Observable, parameters: [Double]? = nil) throws(QSimError) {
        try observable.validate(qubits: qubits)
        try validate(parameters: parameters ?? parameterValues)
        try StateVector.validate(qubits: qubits)
    }

    /// The gradient of any scalar loss L(p) of the output probabilities p = |ψ|²: one forward
    /// pass, `loss(p)` returns (L, dL/dp), one backward sweep. E.g. an MMD or KL gradient over all
    /// parameters for the price of about four circuit passes.
    public func lossGradient(parameters: [Double]? = nil,
                             loss: ([Double]) -> (value: Double, gradient: [Double])) -> (value: Double, gradient: [Double]) {
        orTrap { try checkedLossGradient(parameters: parameters) { p in loss(p) } }
    }

    /// `lossGradient(parameters:loss:)`, throwing instead of trapping: QSim's errors as
    /// `QSimError`, and whatever `loss` throws, unchanged.
    public func checkedLossGradient(parameters: [Double]? = nil,
                                    loss: ([Double]) throws -> (value: Double, gradient: [Double])) throws -> (value: Double, gradient: [Double]) {
        let values = parameters ?? parameterValues
        try validate(parameters: values)
        let psi = try checkedRun(parameters: values)   // checks the memory it needs
        let (value, dLdp) = try loss(psi.probabilities())
        try validate(probabilityGradient: dLdp)
        return (value, try adjointSweep(final: psi, lambda: psi.scaled(by: dLdp), values: values))
    }

    /// Σₓ (dL/dpₓ)·∂pₓ/∂θ for a given dL/dp (a vector–Jacobian product), by the adjoint method.
    public func vectorJacobianProduct(_ dLdp: [Double], parameters: [Double]? = nil) -> [Double] {
        orTrap { try checkedVectorJacobianProduct(dLdp, parameters: parameters) }
    }

    /// `vectorJacobianProduct(_:parameters:)`, throwing instead of trapping.
    public func checkedVectorJacobianProduct(_ dLdp: [Double], parameters: [Double]? = nil) throws(QSimError) -> [Double] {
        let values = parameters ?? parameterValues
        try validate(parameters: values)
        try validate(probabilityGradient: dLdp)
        let psi = try checkedRun(parameters: values)
        return try adjointSweep(final: psi, lambda: psi.scaled(by: dLdp), values: values)
    }

    /// Throws unless `dLdp` has one finite entry per basis state.
    public func validate(probabilityGradient dLdp: [Double]) throws(QSimError) {
        if dLdp.count != 1 << qubits { throw .gradientLength(expected: 1 << qubits, got: dLdp.count) }
        if !dLdp.allSatisfy(\.isFinite) { throw .notFinite(what: "every entry of dL/dp") }
    }

    /// The backward sweep: ψ and λ are walked back gate by gate; each parametrised gate adds
    /// 2·Re⟨λ|∂U/∂a|ψ_before⟩ · (∂a/∂θ) to the gradient of the parameter it reads.
    func adjointSweep(final: StateVector, lambda: StateVector, values: [Double]) throws(QSimError) -> [Double] {
        var ticker = DeadlineTicker()
        var grad = [Double](repeating: 0, count: parameterCount)
        var psi = final, lam = lambda
        psi.makeUnique(); lam.makeUnique()
        let n = qubits
        let par: Parallelism = n >= 14 ? .default : .serial
        // Scratch for ∂U·ψ, made when the first gate that is not a Pauli rotation needs it.
        var mu: AmplitudeStorage?
        let ps = psi.pointer, ls = lam.pointer
        for op in operations.reversed() {
            try ticker.tick(4 << n)
            let inverse = op.inverse
            // Rotations exp(−iθG/2) with a Pauli generator G: ∂U ψ_before = −(i/2)·G·ψ_after, so
            // the term is Im⟨λ|G|ψ_after⟩, one fused pass with no copy (Gradients.md).
            if let p = op.gate.angles.first?.parameter, let g = op.pauliGenerator(qubits: n) {
                grad[p.index] += p.scale * Self.generatorOverlapImaginary(ls, ps, g, par)
                inverse.apply(to: ps, qubits: n, values: values, par)
                inverse.apply(to: ls, qubits: n, values: values, par)
                continue
            }
            inverse.apply(to: ps, qubits: n, values: values, par)
            for (k, angle) in op.gate.angles.enumerated() {
                guard let p = angle.parameter else { continue }
                let scratch = mu ?? AmplitudeStorage(count: 1 << n)
                mu = scratch
                let ms = scratch.pointer
                ms.re.update(from: ps.re, count: ps.count)
                ms.im.update(from: ps.im, count: ps.count)
                op.applyDerivative(angle: k, to: ms, qubits: n, values: values, par)
                grad[p.index] += p.scale * 2 * realInnerProduct(ls, ms)
            }
            inverse.apply(to: ls, qubits: n, values: values, par)
        }
        return grad
    }

    /// Im⟨λ|G|ψ⟩ for a (controlled) Pauli product G = i^{#Y}·X^x·Z^z on the control-on subspace.
    /// With S = Σⱼ ±conj(λⱼ)·ψ_{j⊕x}, Im(i^{#Y}·S) is Im S, Re S, −Im S or −Re S: one pass.
    static func generatorOverlapImaginary(_ l: StatePointer, _ p: StatePointer, _ g: PauliGenerator, _ par: Parallelism) -> Double {
        let (x, z, c) = (g.x, g.z, g.controls)
        let imaginary = g.ys % 2 == 0
        func partial(_ r: Range<Int>) -> Double {
            var acc = 0.0
            for j in r where j & c == c {
                let k = j ^ x
                let sign: Double = (k & z).nonzeroBitCount & 1 == 0 ? 1 : -1
                // conj(λⱼ)·ψₖ: real part lr·pr + li·pi, imaginary part lr·pi − li·pr.
                acc += imaginary ? sign * (l.re[j] * p.im[k] - l.im[j] * p.re[k])
                                 : sign * (l.re[j] * p.re[k] + l.im[j] * p.im[k])
            }
            return acc
        }
        let sum = l.count < 1 << 14 ? partial(0..<l.count) : par.sum(count: l.count, partial)
        return g.ys % 4 < 2 ? sum : -sum
    }

    /// Re⟨a|b⟩ with fixed-block partial sums (thread-count independent).
    func realInnerProduct(_ a: StatePointer, _ b: StatePointer) -> Double {
        let par: Parallelism = a.count >= 1 << 14 ? .default : .serial
        return par.sum(count: a.count) { r in
            var s = 0.0
            for i in r { s += a.re[i] * b.re[i] + a.im[i] * b.im[i] }
            return s
        }
    }
}

extension StateVector {
    /// diag(w)·ψ (not normalised): the adjoint vector of a loss of the probabilities.
    func scaled(by w: [Double]) -> StateVector {
        let out = StateVector(qubits: qubits, storage: AmplitudeStorage(count: count))
        for i in 0..<count {
            out.storage.re[i] = w[i] * storage.re[i]
            out.storage.im[i] = w[i] * storage.im[i]
        }
        return out
    }
}

/// A Pauli generator as bit masks of the register: X-or-Y bits, Z-or-Y bits, number of Ys,
/// and the control bits that must be 1.
struct PauliGenerator {
    let x: Int, z: Int, ys: Int, controls: Int
}

extension Operation {
    /// The Pauli generator G of a rotation exp(−iθG/2) (rx ry rz xx yy zz, controlled or not),
    /// nil for other gates.
    func pauliGenerator(qubits n: Int) -> PauliGenerator? {
        let pauli: Pauli
        switch gate.kind {
        case .rx, .xx: pauli = .x
        case .ry, .yy: pauli = .y
        case .rz, .zz: pauli = .z
        default: return nil
        }
        var x = 0, z = 0, ys = 0
        for t in targets {
            let bit = 1 << (n - 1 - t)
            if pauli != .z { x |= bit }
            if pauli != .x { z |= bit }
            if pauli == .y { ys += 1 }
        }
        let c = controls.reduce(0) { $0 | (1 << (n - 1 - $1)) }
        return PauliGenerator(x: x, z: z, ys: ys, controls: c)
    }
}
