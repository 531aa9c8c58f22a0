import CLapacke
import Foundation
import QSim

/// The sampled MMD² of an IQP circuit (or of its bit-flip model) against data, and its gradient,
/// through Pauli-Z expectations (Recio-Armengol, Ahmed & Bowles 2025): operators a are drawn
/// with each qubit in with probability p_σ, and each contributes the unbiased estimate
///
///     ℓ_a = (S²m² − Σₛ xₛ²)/(S(S−1)) − 2 m t + (t²M − 1)/(M − 1)
///
/// of (⟨Z_a⟩_model − ⟨Z_a⟩_data)², where xₛ = cos Φ(a, zₛ) are the model's S per-sample values,
/// m their mean, and t the mean of (−1)^{a·x} over the M data rows (the first and last terms are
/// U-statistics: a sample is never paired with itself). A closed-form model (bit flips) has m
/// exact and its first term is m².
///
/// The phases of every operator and sample form one matrix product, Φ = (2θ ∘ C) · B, with
/// C[a][j] = [|gⱼ ∩ a| odd] and B[j][s] = (−1)^{gⱼ·zₛ}; the gradient is a second one,
/// ∂L/∂θⱼ = 2 Σₐ C[a][j] (W · Bᵀ)[a][j] with W[a][s] = wₐ ∂ℓₐ/∂xₛ · (−sin Φ[a][s]). Where C is
/// dense (all weight-≤4 gates on 16 qubits: half of 2,516 gates active per operator) the two
/// products go to BLAS; where it is sparse (chain gates on 1,000 qubits) each operator sums only
/// its active rows of B.
///
/// Up to 20 qubits a third way is far cheaper: with F(y) = Σⱼ θⱼ(−1)^{gⱼ·y}, the phase is
/// Φ(a, z) = F(z) − F(z ⊕ a) (the gates with gⱼ·a even cancel, the others count twice), and F at
/// every y is one Walsh–Hadamard transform of the angles placed at the gates' masks. The gradient
/// is one more: ∂L/∂θⱼ = Σ_y V(y)(−1)^{gⱼ·y} with V(zₛ) += Wₐₛ and V(zₛ ⊕ a) −= Wₐₛ. A step then
/// costs O(K·S + n2ⁿ) whatever the number of gates.
struct ZLossEstimator {
    let circuit: IQPCircuit
    let bitFlip: Bool
    /// How the phases are computed; `.automatic` picks Walsh up to 20 qubits, then dense or sparse.
    var path: Path = .automatic

    enum Path { case automatic, walsh, dense, sparse }
    /// Each gate's position in `gatesOf[q]` for every qubit q it touches.
    private let gatesOf: [[Int]]

    init(circuit: IQPCircuit, bitFlip: Bool) {
        self.circuit = circuit
        self.bitFlip = bitFlip
        var gatesOf = [[Int]](repeating: [], count: circuit.qubits)
        for (j, g) in circuit.gates.enumerated() { for q in g { gatesOf[q].append(j) } }
        self.gatesOf = gatesOf
    }

    /// The operators' estimates ℓₐ (in the order given), their weighted sum Σ wₐ ℓₐ, and its
    /// gradient when asked. `targets` are the data's ⟨Z_a⟩ from `dataCount` rows.
    func evaluate(operators ops: [[Int]], weights: [Double], targets: [Double], dataCount M: Int,
                  samples S: Int, rng: inout SeededGenerator, gradient wantGradient: Bool)
        -> (perOperator: [Double], value: Double, gradient: [Double])
    {
        let m = circuit.gates.count
        let theta = circuit.parameters
        var perOp = [Double](repeating: 0, count: ops.count)
        var gradient = [Double](repeating: 0, count: wantGradient ? m : 0)
        let dataTerm = { (t: Double) in M > 1 ? (t * t * Double(M) - 1) / Double(M - 1) : t * t }

        let usePath = path != .automatic ? path : (circuit.qubits <= 20 ? .walsh : .automatic)
        if !bitFlip && usePath == .walsh {
            return walsh(operators: ops, weights: weights, targets: targets, dataCount: M, samples: S, rng: &rng, gradient: wantGradient)
        }
        if bitFlip && usePath == .walsh && circuit.parameters.allSatisfy({ abs(cos(2 * $0)) > 1e-6 }) {
            return walshBitFlip(operators: ops, weights: weights, targets: targets, dataCount: M, gradient: wantGradient)
        }

        // Active gates of each operator, by counting each gate's overlap with a.
        var overlap = [UInt8](repeating: 0, count: m)
        var active = [[Int]](repeating: [], count: ops.count)
        for (i, a) in ops.enumerated() {
            if circuit.spinSymmetric && a.count % 2 == 1 { continue }
            var touched: [Int] = []
            for q in a { for j in gatesOf[q] { if overlap[j] == 0 { touched.append(j) }; overlap[j] &+= 1 } }
            var list: [Int] = []
            for j in touched { if overlap[j] & 1 == 1 { list.append(j) }; overlap[j] = 0 }
            list.sort()
            active[i] = list
        }

        if bitFlip {
            for (i, a) in ops.enumerated() {
                let t = targets[i]
                if circuit.spinSymmetric && a.count % 2 == 1 { perOp[i] = dataTerm(t); continue }
                let list = active[i]
                let factors = list.map { cos(2 * theta[$0]) }
                var prefix = [Double](repeating: 1, count: list.count + 1)
                for k in 0..<list.count { prefix[k + 1] = prefix[k] * factors[k] }
                let model = prefix[list.count]
                perOp[i] = model * model - 2 * model * t + dataTerm(t)
                if wantGradient {
                    var suffix = 1.0
                    let dModel = 2 * model - 2 * t
                    for k in stride(from: list.count - 1, through: 0, by: -1) {
                        let j = list[k]
                        // ∂m/∂θⱼ = −2 sin 2θⱼ · Π_{k≠j} cos 2θₖ
                        gradient[j] += weights[i] * dModel * (-2 * sin(2 * theta[j])) * prefix[k] * suffix
                        suffix *= factors[k]
                    }
                }
            }
            return (perOp, zip(perOp, weights).reduce(0) { $0 + $1.0 * $1.1 }, gradient)
        }

        // Operators needing samples: even (when spin-symmetric) with at least one active gate.
        var rows: [Int] = []
        for (i, a) in ops.enumerated() {
            let t = targets[i]
            if circuit.spinSymmetric && a.count % 2 == 1 { perOp[i] = dataTerm(t); continue }
            if active[i].isEmpty { perOp[i] = 1 - 2 * t + dataTerm(t); continue }
            rows.append(i)
        }
        let zs = PackedSamples(count: S, qubits: circuit.qubits, rng: &rng, evenParity: circuit.spinSymmetric)
        if rows.isEmpty { return (perOp, zip(perOp, weights).reduce(0) { $0 + $1.0 * $1.1 }, gradient) }

        // B restricted to the gates some operator uses, ±1 as Doubles, gate-major.
        var used = [Int](repeating: -1, count: m)
        var usedGates: [Int] = []
        for i in rows { for j in active[i] where used[j] < 0 { used[j] = usedGates.count; usedGates.append(j) } }
        let mu = usedGates.count
        var b = [Double](repeating: 0, count: mu * S)
        for (r, j) in usedGates.enumerated() {
            let parity = zs.parity(circuit.gates[j])
            for s in 0..<S { b[r * S + s] = (parity[s >> 6] >> UInt64(s & 63)) & 1 == 1 ? -1 : 1 }
        }
        let nnz = rows.reduce(0) { $0 + active[$1].count }
        let dense = usePath == .dense || (usePath == .automatic && nnz * 8 > rows.count * mu && mu >= 64)
        let block = 256
        let invS = 1 / Double(S)
        let pairNorm = S > 1 ? 1 / (Double(S) * Double(S - 1)) : 0
        var phase = [Double](repeating: 0, count: block * S)
        var w = [Double](repeating: 0, count: block * S)
        var coefficient = [Double](repeating: 0, count: dense ? block * mu : 0)
        var g = [Double](repeating: 0, count: dense && wantGradient ? block * mu : 0)

        for start in stride(from: 0, to: rows.count, by: block) {
            let blockRows = Array(rows[start..<min(rows.count, start + block)])
            let k = blockRows.count
            // Φ for this block of operators.
            if dense {
                for idx in 0..<(k * mu) { coefficient[idx] = 0 }
                for (r, i) in blockRows.enumerated() { for j in active[i] { coefficient[r * mu + used[j]] = 2 * theta[j] } }
                coefficient.withUnsafeBufferPointer { cp in b.withUnsafeBufferPointer { bp in phase.withUnsafeMutableBufferPointer { pp in
                    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(k), Int32(S), Int32(mu),
                                1, cp.baseAddress, Int32(mu), bp.baseAddress, Int32(S), 0, pp.baseAddress, Int32(S))
                } } }
            } else {
                b.withUnsafeBufferPointer { bp in phase.withUnsafeMutableBufferPointer { pp in
                    for (r, i) in blockRows.enumerated() {
                        let out = pp.baseAddress! + r * S
                        for s in 0..<S { out[s] = 0 }
                        for j in active[i] {
                            let row = bp.baseAddress! + used[j] * S, c = 2 * theta[j]
                            for s in 0..<S { out[s] += c * row[s] }
                        }
                    }
                } }
            }
            // Per-operator estimates, and W = wₐ ∂ℓₐ/∂xₛ · (−sin Φ).
            for (r, i) in blockRows.enumerated() {
                let t = targets[i]
                var sum = 0.0, sumSquares = 0.0
                for s in 0..<S {
                    let x = cos(phase[r * S + s])
                    sum += x
                    sumSquares += x * x
                }
                let mean = sum * invS
                perOp[i] = (Double(S) * Double(S) * mean * mean - sumSquares) * pairNorm - 2 * mean * t + dataTerm(t)
                if wantGradient {
                    let wa = weights[i]
                    for s in 0..<S {
                        let ph = phase[r * S + s]
                        let x = cos(ph)
                        let dldx = (2 * Double(S) * mean - 2 * x) * pairNorm - 2 * t * invS
                        w[r * S + s] = wa * dldx * -sin(ph)
                    }
                }
            }
            guard wantGradient else { continue }
            if dense {
                w.withUnsafeBufferPointer { wp in b.withUnsafeBufferPointer { bp in g.withUnsafeMutableBufferPointer { gp in
                    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(k), Int32(mu), Int32(S),
                                1, wp.baseAddress, Int32(S), bp.baseAddress, Int32(S), 0, gp.baseAddress, Int32(mu))
                } } }
                for (r, i) in blockRows.enumerated() { for j in active[i] { gradient[j] += 2 * g[r * mu + used[j]] } }
            } else {
                b.withUnsafeBufferPointer { bp in w.withUnsafeBufferPointer { wp in
                    for (r, i) in blockRows.enumerated() {
                        let wr = wp.baseAddress! + r * S
                        for j in active[i] {
                            let row = bp.baseAddress! + used[j] * S
                            var dot = 0.0
                            for s in 0..<S { dot += wr[s] * row[s] }
                            gradient[j] += 2 * dot
                        }
                    }
                } }
            }
        }
        return (perOp, zip(perOp, weights).reduce(0) { $0 + $1.0 * $1.1 }, gradient)
    }

    /// The Walsh–Hadamard path (n ≤ 20): phases F(z) − F(z ⊕ a) from one transform of the angles.
    private func walsh(operators ops: [[Int]], weights: [Double], targets: [Double], dataCount M: Int,
                       samples S: Int, rng: inout SeededGenerator, gradient wantGradient: Bool)
        -> (perOperator: [Double], value: Double, gradient: [Double])
    {
        let n = circuit.qubits, size = 1 << n
        let theta = circuit.parameters
        let dataTerm = { (t: Double) in M > 1 ? (t * t * Double(M) - 1) / Double(M - 1) : t * t }
        func mask(_ qubits: [Int]) -> Int { qubits.reduce(0) { $0 | 1 << $1 } }
        let gateMasks = circuit.gates.map(mask)
        var f = [Double](repeating: 0, count: size)
        for (g, t) in zip(gateMasks, theta) { f[g] += t }
        Transforms.walshHadamard(&f)   // F(y) = Σⱼ θⱼ (−1)^{gⱼ·y}
        let zs = PackedSamples(count: S, qubits: n, rng: &rng, evenParity: circuit.spinSymmetric)
        var z = [Int](repeating: 0, count: S)
        for q in 0..<n {
            let row = zs.words[q]
            for s in 0..<S where (row[s >> 6] >> UInt64(s & 63)) & 1 == 1 { z[s] |= 1 << q }
        }
        let fz = z.map { f[$0] }
        var perOp = [Double](repeating: 0, count: ops.count)
        var v = [Double](repeating: 0, count: wantGradient ? size : 0)
        let invS = 1 / Double(S)
        let pairNorm = S > 1 ? 1 / (Double(S) * Double(S - 1)) : 0
        var phase = [Double](repeating: 0, count: S)
        var x = [Double](repeating: 0, count: S)
        for (i, a) in ops.enumerated() {
            let t = targets[i]
            if circuit.spinSymmetric && a.count % 2 == 1 { perOp[i] = dataTerm(t); continue }
            let am = mask(a)
            var sum = 0.0, sumSquares = 0.0
            for s in 0..<S {
                let ph = fz[s] - f[z[s] ^ am]
                let c = cos(ph)
                phase[s] = ph
                x[s] = c
                sum += c
                sumSquares += c * c
            }
            let mean = sum * invS
            perOp[i] = (Double(S) * Double(S) * mean * mean - sumSquares) * pairNorm - 2 * mean * t + dataTerm(t)
            if wantGradient {
                let wa = weights[i]
                for s in 0..<S {
                    let dldx = (2 * Double(S) * mean - 2 * x[s]) * pairNorm - 2 * t * invS
                    let w = wa * dldx * -sin(phase[s])
                    v[z[s]] += w
                    v[z[s] ^ am] -= w
                }
            }
        }
        var gradient: [Double] = []
        if wantGradient {
            Transforms.walshHadamard(&v)
            gradient = gateMasks.map { v[$0] }
        }
        return (perOp, zip(perOp, weights).reduce(0) { $0 + $1.0 * $1.1 }, gradient)
    }

    /// The bit-flip model's closed form through two transforms (n ≤ 20, no factor cos 2θⱼ zero):
    /// log|m_a| = Σⱼ [gⱼ·a odd] log|cos 2θⱼ| = (Λ(0) − Λ(a))/2 with Λ(y) = Σⱼ log|cos 2θⱼ|(−1)^{gⱼ·y},
    /// the sign likewise from the negative factors; and ∂m_a/∂θⱼ = −2 tan 2θⱼ [gⱼ·a odd] m_a, so
    /// ∂L/∂θⱼ = −tan 2θⱼ (Û(0) − Û(gⱼ)) with U(a) = Σ wₐ ∂ℓₐ/∂m_a m_a over the operators.
    private func walshBitFlip(operators ops: [[Int]], weights: [Double], targets: [Double], dataCount M: Int, gradient wantGradient: Bool)
        -> (perOperator: [Double], value: Double, gradient: [Double])
    {
        let n = circuit.qubits, size = 1 << n
        let theta = circuit.parameters
        let dataTerm = { (t: Double) in M > 1 ? (t * t * Double(M) - 1) / Double(M - 1) : t * t }
        func mask(_ qubits: [Int]) -> Int { qubits.reduce(0) { $0 | 1 << $1 } }
        let gateMasks = circuit.gates.map(mask)
        var logs = [Double](repeating: 0, count: size), negatives = logs
        for (g, t) in zip(gateMasks, theta) {
            let c = cos(2 * t)
            logs[g] += log(abs(c))
            if c < 0 { negatives[g] += 1 }
        }
        let logTotal = logs.reduce(0, +), negativeTotal = negatives.reduce(0, +)
        Transforms.walshHadamard(&logs)
        Transforms.walshHadamard(&negatives)
        var perOp = [Double](repeating: 0, count: ops.count)
        var u = [Double](repeating: 0, count: wantGradient ? size : 0)
        for (i, a) in ops.enumerated() {
            let t = targets[i]
            if circuit.spinSymmetric && a.count % 2 == 1 { perOp[i] = dataTerm(t); continue }
            let am = mask(a)
            let odd = Int(((negativeTotal - negatives[am]) / 2).rounded())
            let model = (odd % 2 == 0 ? 1.0 : -1.0) * exp((logTotal - logs[am]) / 2)
            perOp[i] = model * model - 2 * model * t + dataTerm(t)
            if wantGradient { u[am] += weights[i] * (2 * model - 2 * t) * model }
        }
        var gradient: [Double] = []
        if wantGradient {
            let uTotal = u.reduce(0, +)
            Transforms.walshHadamard(&u)
            gradient = zip(gateMasks, theta).map { g, t in -tan(2 * t) * (uTotal - u[g]) }
        }
        return (perOp, zip(perOp, weights).reduce(0) { $0 + $1.0 * $1.1 }, gradient)
    }

    /// Operators for the bandwidths: `count` per σ, each qubit in with probability p_σ, weighted
    /// so the sum is the mean over σ of each σ's mean.
    static func drawOperators(qubits n: Int, bandwidths: [Double], count: Int, rng: inout SeededGenerator) -> (ops: [[Int]], weights: [Double]) {
        var ops: [[Int]] = []
        ops.reserveCapacity(count * bandwidths.count)
        for sigma in bandwidths {
            let p = IQPModel.operatorDensity(bandwidth: sigma)
            for _ in 0..<count { ops.append((0..<n).filter { _ in rng.nextDouble() < p }) }
        }
        let w = 1 / Double(count * bandwidths.count)
        return (ops, [Double](repeating: w, count: ops.count))
    }
}
