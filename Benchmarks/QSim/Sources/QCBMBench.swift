import QGen
import QSim

/// Sections A and B: the Born machines of the peers' bench_a_seed.py and bench_b_qcbm.py, built
/// from QGen (the one implementation of Born machines, MMD, Adam and bars and stripes).
///
/// B: Liu & Wang's 9-qubit bars-and-stripes model, their ansatz with depth 10 on the periodic
/// 3×3 lattice (279 parameters); MMD² with the variances {0.25, 4} on integer values. QGen's
/// kernel averages the two Gaussians where the reference code adds them, so our loss is half
/// theirs; Adam (β₂ = 0.99 as PennyLane's AdamOptimizer, lr 0.1) hardly notices a scale.
/// One step = forward, loss, adjoint gradient over all parameters, Adam update, and the
/// history's KL and MMD monitors.
func runQCBM(initial: [Double]?, runs: Int, steps: Int) {
    var rng = SeededGenerator(seed: 42)
    if let initial, initial.count != 279 { fatalError("--init needs 279 numbers, got \(initial.count)") }
    let theta0 = initial ?? (0..<279).map { _ in rng.nextDouble() * 2 * Double.pi }
    let target = Datasets.barsAndStripes(rows: 3, cols: 3)
    let loss = MMD(variances: [0.25, 4])
    var model = BornMachine(qubits: 9, ansatz: .liuWang(depth: 10, entangler: .lattice(rows: 3, cols: 3)))
    model.parameters = theta0
    let p0 = model.distribution
    print("qsim qcbm: params=\(model.parameterCount) gates=\(model.circuit.gateCount) initial KL=\(fmt(klDivergence(target, p0), 6))"
          + " MMD2=\(mmd(p0, target, kernel: loss.kernel))" + (initial == nil ? " (own seeded init)" : " (peers' numpy init)"))
    let grad = measure(reps: 50, warmup: 5) { _ = model.lossGradient(target: target, loss: loss) }
    func train() -> (BornMachine, TrainingHistory) {
        var m = model
        let h = m.train(target: target, loss: loss, optimizer: Adam(learningRate: 0.1, beta2: 0.99), steps: steps)
        return (m, h)
    }
    _ = train()
    var perStep: [Double] = [], kls: [Double] = [], mmds: [Double] = []
    let probe = LoadProbe()
    for _ in 0..<runs {
        let t0 = now()
        let (trained, h) = train()
        perStep.append((now() - t0) / Double(steps))
        kls.append(klDivergence(target, trained.distribution)); mmds.append(h.finalMMD)
    }
    let st = Stats(perStep)
    print("qsim qcbm: one forward+adjoint MMD gradient \(fmt(grad.median * 1e3)) ms; training step \(fmt(st.median * 1e3)) ms"
          + " [\(fmt(st.min * 1e3))–\(fmt(st.max * 1e3))] over \(steps) steps × \(runs) runs; final KL \(kls.map { fmt($0, 12) }) MMD2 \(mmds.map { fmt($0, 6) })")
    record("qcbm", [("gradient_s", grad.json), ("per_step_s", st.json), ("final_kl", "\(kls)"),
                    ("initial_kl", "\(klDivergence(target, p0))"), ("others_cores", "\(probe.othersCores())")])
}

/// A: the seed's 3-qubit model (3 layers of RY, RZ and a CNOT ladder; 18 parameters), MMD² with
/// σ = 1 on integer values against the uniform target, Adam(0.1) (β₂ = 0.99): 200 exact steps.
func runSeed(runs: Int) {
    let target = Distribution.uniform(qubits: 3)
    let steps = 200
    func train() -> TrainingHistory {
        var m = BornMachine(qubits: 3, layers: 3, seed: 1234)
        return m.train(target: target, loss: MMD(bandwidths: [1.0]), optimizer: Adam(learningRate: 0.1, beta2: 0.99), steps: steps)
    }
    _ = train()
    var perStep: [Double] = [], finals: [Double] = []
    let probe = LoadProbe()
    for _ in 0..<runs {
        let t0 = now()
        let h = train()
        perStep.append((now() - t0) / Double(steps))
        finals.append(h.finalMMD)
    }
    let st = Stats(perStep)
    print("qsim seed: training step \(fmt(st.median * 1e6)) µs [\(fmt(st.min * 1e6))–\(fmt(st.max * 1e6))] over \(steps) steps × \(runs) runs;"
          + " final MMD2 \(finals.map { fmt($0, 6) })")
    record("seed", [("per_step_s", st.json), ("final_mmd2", "\(finals)"), ("others_cores", "\(probe.othersCores())")])
}
