#if canImport(Glibc)
import Glibc
#endif
import QSim

/// Section B: Liu & Wang's 9-qubit bars-and-stripes Born machine exactly as in the peers'
/// bench_b_qcbm.py: 11 RZ-RX-RZ layers (first RZ of layer 0 and last RZ of layer 10 dropped,
/// 279 parameters), 10 entanglers of CNOTs on the 18 nearest-neighbour pairs of the periodic
/// 3×3 lattice; loss MMD² with K(x,y) = Σ_{s∈{0.25,4}} exp(−(x−y)²/(2s)) on integer values;
/// Adam as PennyLane's AdamOptimizer (β₁ = 0.9, β₂ = 0.99, ε = 1e-8), learning rate 0.1, 100 steps. One step = forward, loss, adjoint
/// gradient of the loss over all 279 parameters, Adam update.
struct QCBM {
    static let rows = 3, cols = 3, n = 9, depth = 10
    let circuit: Circuit
    let target: [Double]
    let kernel: [Double]   // 512 × 512, row major

    init(initial: [Double]) {
        var c = Circuit(qubits: Self.n)
        var k = 0
        var params: [Parameter] = []
        for _ in 0..<279 { params.append(c.addParameter(value: initial[params.count])) }
        var pairs: [(Int, Int)] = []
        for ij in 0..<Self.n {
            let i = ij / Self.cols, j = ij % Self.cols
            pairs.append((ij, ((i + 1) % Self.rows) * Self.cols + j))
            pairs.append((ij, i * Self.cols + (j + 1) % Self.cols))
        }
        for l in 0...Self.depth {
            for q in 0..<Self.n {
                for g in 0..<3 {
                    if (l == 0 && g == 0) || (l == Self.depth && g == 2) { continue }
                    if g == 1 { c.rx(params[k], q) } else { c.rz(params[k], q) }
                    k += 1
                }
            }
            if l != Self.depth { for (a, b) in pairs { c.cnot(a, b) } }
        }
        precondition(k == 279)
        circuit = c
        var patterns = Set<Int>()
        for bits in 0..<8 {
            var bars = 0, stripes = 0
            for r in 0..<3 { for col in 0..<3 {
                let pixelBars = (bits >> (2 - r)) & 1, pixelStripes = (bits >> (2 - col)) & 1
                bars = (bars << 1) | pixelBars
                stripes = (stripes << 1) | pixelStripes
            } }
            patterns.insert(bars)
            patterns.insert(stripes)
        }
        precondition(patterns.count == 14)
        var q = [Double](repeating: 0, count: 512)
        for p in patterns { q[p] = 1.0 / 14 }
        target = q
        var kern = [Double](repeating: 0, count: 512 * 512)
        for x in 0..<512 { for y in 0..<512 {
            let d2 = Double((x - y) * (x - y))
            let a: Double = exp(-d2 / 0.5), b: Double = exp(-d2 / 8.0)
            kern[x * 512 + y] = a + b
        } }
        kernel = kern
    }

    /// MMD² = (p−q)ᵀK(p−q) and its gradient 2K(p−q).
    func mmd(_ p: [Double]) -> (Double, [Double]) {
        let d = zip(p, target).map { $0 - $1 }
        var kd = [Double](repeating: 0, count: 512)
        kernel.withUnsafeBufferPointer { k in
            for x in 0..<512 {
                var s = 0.0
                for y in 0..<512 { s += k[x * 512 + y] * d[y] }
                kd[x] = s
            }
        }
        return (zip(d, kd).reduce(0) { $0 + $1.0 * $1.1 }, kd.map { 2 * $0 })
    }

    func kl(_ p: [Double]) -> Double {
        var s = 0.0
        for (q, pm) in zip(target, p) where q > 0 { s += q * log(q / max(pm, 1e-12)) }
        return s
    }

    /// Trains `steps` Adam steps; returns final parameters and per-step seconds.
    func train(steps: Int, from theta0: [Double]) -> ([Double], [Double]) {
        var theta = theta0
        var m = [Double](repeating: 0, count: theta.count), v = m
        let (lr, b1, b2, eps) = (0.1, 0.9, 0.99, 1e-8)   // PennyLane's AdamOptimizer defaults
        var times: [Double] = []
        for t in 1...steps {
            let t0 = now()
            let g = circuit.lossGradient(parameters: theta) { mmd($0) }.gradient
            let lrT = lr * (1 - pow(b2, Double(t))).squareRoot() / (1 - pow(b1, Double(t)))
            for i in 0..<theta.count {
                m[i] = b1 * m[i] + (1 - b1) * g[i]
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                theta[i] -= lrT * m[i] / (v[i].squareRoot() + eps)
            }
            times.append(now() - t0)
        }
        return (theta, times)
    }
}

func runQCBM(initial: [Double]?, runs: Int, steps: Int) {
    var rng = SeededGenerator(seed: 42)
    if let initial, initial.count != 279 { fatalError("--init needs 279 numbers, got \(initial.count)") }
    let theta0 = initial ?? (0..<279).map { _ in rng.nextDouble() * 2 * Double.pi }
    let model = QCBM(initial: theta0)
    let p0 = model.circuit.run(parameters: theta0, parallelism: .serial).probabilities()
    print("qsim qcbm: params=\(model.circuit.parameterCount) gates=\(model.circuit.gateCount) initial KL=\(fmt(model.kl(p0), 6))"
          + " MMD2=\(model.mmd(p0).0)" + (initial == nil ? " (own seeded init)" : " (peers' numpy init)"))
    let grad = measure(reps: 50, warmup: 5) { _ = model.circuit.lossGradient(parameters: theta0) { model.mmd($0) } }
    _ = model.train(steps: 2, from: theta0)
    var perStep: [Double] = [], kls: [Double] = [], mmds: [Double] = []
    let probe = LoadProbe()
    for _ in 0..<runs {
        let t0 = now()
        let (theta, _) = model.train(steps: steps, from: theta0)
        perStep.append((now() - t0) / Double(steps))
        let p = model.circuit.run(parameters: theta).probabilities()
        kls.append(model.kl(p)); mmds.append(model.mmd(p).0)
    }
    let st = Stats(perStep)
    print("qsim qcbm: one forward+adjoint MMD gradient \(fmt(grad.median * 1e3)) ms; training step \(fmt(st.median * 1e3)) ms"
          + " [\(fmt(st.min * 1e3))–\(fmt(st.max * 1e3))] over \(steps) steps × \(runs) runs; final KL \(kls.map { fmt($0, 12) }) MMD2 \(mmds.map { fmt($0, 6) })")
    record("qcbm", [("gradient_s", grad.json), ("per_step_s", st.json), ("final_kl", "\(kls)"),
                    ("initial_kl", "\(model.kl(p0))"), ("others_cores", "\(probe.othersCores())")])
}
