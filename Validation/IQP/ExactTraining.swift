import Foundation
import QGen

/// Exploratory (`validate-iqp exact-train`): the 16-spin IQP circuit of the paper reproduction
/// trained on the exact loss instead of its estimate — every Z operator, the exact ⟨Z_a⟩ of the
/// circuit and of the training rows, and the exact gradient — to see how close the weight-≤4
/// circuit class itself comes to the data, free of estimator noise. One step costs a few
/// Walsh–Hadamard transforms of 2¹⁶ entries:
///
///   ψ = H(e^{iF} ⊙ c), F(z) = Σⱼ θⱼ(−1)^{gⱼ·z}, c = H|start⟩;  L = (p − q)ᵀK(p − q), p = |ψ|²,
///   with K v = W(w ⊙ W v) (W the unnormalised transform, w the operators' weights, averaged
///   over the bandwidths); ∂L/∂F(z) = −2 Im(conj(u_z) φ_z), u = H(2Kv ⊙ ψ), φ = e^{iF} ⊙ c;
///   ∂L/∂θⱼ = (W ∂L/∂F)[gⱼ].
struct ExactTraining {
    let n: Int
    let gates: [[Int]]
    let masks: [Int]
    let weights: [Double]   // wₐ for every a, averaged over the bandwidths
    let target: [Double]    // the training rows' empirical distribution
    let start: [Double]     // H|start⟩ (real)

    init(model: IQPModel, data: [[Int]], bandwidths: [Double]) {
        let n = model.qubits
        self.n = n
        gates = model.circuit.gates
        let size = 1 << n
        // Gate qubit q is bit n − 1 − q of an index (the first column is the most significant).
        masks = gates.map { g in g.reduce(0) { $0 | 1 << (n - 1 - $1) } }
        var w = [Double](repeating: 0, count: size)
        for sigma in bandwidths {
            let p = (1 - exp(-1 / (2 * sigma * sigma))) / 2
            for a in 0..<size {
                let k = a.nonzeroBitCount
                w[a] += pow(p, Double(k)) * pow(1 - p, Double(n - k)) / Double(bandwidths.count)
            }
        }
        weights = w
        var q = [Double](repeating: 0, count: size)
        for row in data { q[row.reduce(0) { $0 << 1 | $1 }] += 1 / Double(data.count) }
        target = q
        let norm = 1 / Double(size).squareRoot()
        start = (0..<size).map { z in
            model.circuit.spinSymmetric ? (z.nonzeroBitCount % 2 == 0 ? 2 * norm / 2.0.squareRoot() : 0) : norm
        }
    }

    /// The unnormalised Walsh–Hadamard transform, in place.
    static func walsh(_ v: inout [Double]) {
        var h = 1
        while h < v.count {
            for i in stride(from: 0, to: v.count, by: 2 * h) {
                for j in i..<(i + h) {
                    let a = v[j], b = v[j + h]
                    v[j] = a + b
                    v[j + h] = a - b
                }
            }
            h *= 2
        }
    }

    /// The loss and its gradient at `theta`.
    func lossAndGradient(_ theta: [Double]) -> (Double, [Double]) {
        let size = 1 << n, norm = 1 / Double(size).squareRoot()
        var f = [Double](repeating: 0, count: size)
        // F as the transform of the angles placed at their gates' masks.
        for (m, t) in zip(masks, theta) { f[m] += t }
        Self.walsh(&f)
        var phiRe = [Double](repeating: 0, count: size), phiIm = phiRe
        for z in 0..<size { phiRe[z] = start[z] * cos(f[z]); phiIm[z] = start[z] * sin(f[z]) }
        var psiRe = phiRe, psiIm = phiIm
        Self.walsh(&psiRe); Self.walsh(&psiIm)
        var v = [Double](repeating: 0, count: size)
        for x in 0..<size {
            psiRe[x] *= norm; psiIm[x] *= norm
            v[x] = psiRe[x] * psiRe[x] + psiIm[x] * psiIm[x] - target[x]
        }
        var kv = v
        Self.walsh(&kv)
        var loss = 0.0
        for a in 0..<size { loss += weights[a] * kv[a] * kv[a]; kv[a] *= weights[a] }
        Self.walsh(&kv)   // K v
        var uRe = [Double](repeating: 0, count: size), uIm = uRe
        for x in 0..<size { uRe[x] = 2 * kv[x] * psiRe[x]; uIm[x] = 2 * kv[x] * psiIm[x] }
        Self.walsh(&uRe); Self.walsh(&uIm)
        var dF = [Double](repeating: 0, count: size)
        for z in 0..<size {
            // −2 Im(conj(u) φ), u normalised.
            dF[z] = -2 * norm * (uRe[z] * phiIm[z] - uIm[z] * phiRe[z])
        }
        Self.walsh(&dF)
        return (loss, masks.map { dF[$0] })
    }
}
