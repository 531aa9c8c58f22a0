import Foundation

/// The training loss without estimation, for circuits small enough to hold every amplitude:
/// the MMD² through every Z operator (mean over the model's bandwidths) between the circuit's
/// exact distribution and the data's, and its exact gradient. One evaluation costs a few
/// Walsh–Hadamard transforms of 2ⁿ entries:
///
///   ψ = H(e^{iF} ⊙ c), F(z) = Σⱼ θⱼ(−1)^{gⱼ·z}, c = H|start⟩;  L = (p − q)ᵀK(p − q), p = |ψ|²,
///   with K v = W(w ⊙ W v) (W the unnormalised transform, w the operators' weights);
///   ∂L/∂F(z) = −2 Im(conj(u_z) φ_z), u = H(2Kv ⊙ ψ), φ = e^{iF} ⊙ c;  ∂L/∂θⱼ = (W ∂L/∂F)[gⱼ].
///
/// It shows what a circuit class reaches free of estimator noise (`validate-iqp exact-train`).
extension IQPModel {
    public func exactLossGradient(data: [[Int]]) -> (value: Double, gradient: [Double]) {
        orTrap { try checkedExactLossGradient(data: data) }
    }

    public func checkedExactLossGradient(data: [[Int]]) throws(QGenError) -> (value: Double, gradient: [Double]) {
        let n = qubits
        try require(n <= 20, "the exact loss is offered for up to 20 qubits, got \(n)")
        try require(!bitFlip, "the exact loss is for IQP circuits, not bit-flip models")
        try require(!data.isEmpty, "the exact loss needs at least one data row")
        try require(data.allSatisfy { $0.count == n && $0.allSatisfy { $0 == 0 || $0 == 1 } },
                    "every data row must hold \(n) bits of 0 or 1")
        let size = 1 << n, norm = 1 / Double(size).squareRoot()
        // Gate qubit q is bit n − 1 − q of an index (the first column is the most significant).
        let masks = circuit.gates.map { g in g.reduce(0) { $0 | 1 << (n - 1 - $1) } }

        // F, the phase of each z, as the transform of the angles placed at their gates' masks.
        var f = [Double](repeating: 0, count: size)
        for (m, t) in zip(masks, circuit.parameters) { f[m] += t }
        Transforms.walshHadamard(&f)
        // c = H|start⟩: uniform, or for (|0…0⟩ + |1…1⟩)/√2 twice as large on even z and 0 on odd.
        var phiRe = [Double](repeating: 0, count: size), phiIm = phiRe
        for z in 0..<size {
            let c = circuit.spinSymmetric ? (z.nonzeroBitCount % 2 == 0 ? 2.0.squareRoot() * norm : 0) : norm
            phiRe[z] = c * cos(f[z])
            phiIm[z] = c * sin(f[z])
        }
        var psiRe = phiRe, psiIm = phiIm
        Transforms.walshHadamard(&psiRe)
        Transforms.walshHadamard(&psiIm)
        var v = [Double](repeating: 0, count: size)   // p − q
        for x in 0..<size {
            psiRe[x] *= norm
            psiIm[x] *= norm
            v[x] = psiRe[x] * psiRe[x] + psiIm[x] * psiIm[x]
        }
        for row in data { v[row.reduce(0) { $0 << 1 | $1 }] -= 1 / Double(data.count) }

        var kv = v
        Transforms.walshHadamard(&kv)   // ⟨Z_a⟩ of the circuit minus the data's
        let densities = bandwidths.map(Self.operatorDensity)
        var loss = 0.0
        for a in 0..<size {
            let k = Double(a.nonzeroBitCount)
            let w = densities.reduce(0) { $0 + pow($1, k) * pow(1 - $1, Double(n) - k) } / Double(densities.count)
            loss += w * kv[a] * kv[a]
            kv[a] *= w
        }
        Transforms.walshHadamard(&kv)   // K v
        var uRe = [Double](repeating: 0, count: size), uIm = uRe
        for x in 0..<size {
            uRe[x] = 2 * kv[x] * psiRe[x]
            uIm[x] = 2 * kv[x] * psiIm[x]
        }
        Transforms.walshHadamard(&uRe)
        Transforms.walshHadamard(&uIm)
        var dF = [Double](repeating: 0, count: size)
        for z in 0..<size { dF[z] = -2 * norm * (uRe[z] * phiIm[z] - uIm[z] * phiRe[z]) }
        Transforms.walshHadamard(&dF)
        return (loss, masks.map { dF[$0] })
    }
}
