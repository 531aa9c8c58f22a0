// The Born-machine reproductions, in release: `make validate-born`. One line per reproduction,
// PASS or FAIL, with the measured figures beside the published ones. Everything is seeded.
import QGen
import QSim

#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

func f(_ x: Double, _ digits: Int = 3) -> String {
    if x == 0 { return "0" }
    if abs(x) < 1e-3 || abs(x) >= 1e5 {
        var e = 0
        var m = abs(x)
        while m >= 10 { m /= 10; e += 1 }
        while m < 1 { m *= 10; e -= 1 }
        let r = (m * 100).rounded() / 100
        return "\(x < 0 ? "-" : "")\(r)e\(e)"
    }
    let p = pow(10.0, Double(digits))
    return "\((x * p).rounded() / p)"
}

var failures = 0
@MainActor func report(_ passed: Bool, _ name: String, _ measured: String, _ published: String, seconds: Double) {
    if !passed { failures += 1 }
    print("\(passed ? "PASS" : "FAIL")  \(name): \(measured)  [published: \(published)]  (\(f(seconds, 1)) s)")
}

struct Outcome { let kl: Double; let chi: Double; let mmd: Double; let iterations: Int }

/// Liu & Wang's setup: their ansatz at `depth`, exact MMD with variances {0.25, 4}, L-BFGS with
/// exact gradients for at most `iterations` iterations.
func liuWang(target: Distribution, depth: Int, entangler: Entangler, seed: Int, iterations: Int = 500) -> Outcome {
    var model = BornMachine(qubits: target.bits, ansatz: .liuWang(depth: depth, entangler: entangler), seed: seed)
    let h = model.train(target: target, loss: MMD(variances: [0.25, 4]), optimizer: LBFGS(), steps: iterations)
    let p = model.distribution
    return Outcome(kl: klDivergence(target, p), chi: validFraction(p, validFor: target), mmd: h.finalLoss, iterations: h.steps)
}

func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }

print("Born-machine reproductions (release build; seeds fixed)")

// 1. The seed's model done properly.
do {
    let t0 = now()
    let u = Distribution.uniform(qubits: 3)
    var model = BornMachine(qubits: 3, layers: 3, seed: 1)
    let exact = model.train(target: u, loss: MMD(bandwidths: [1.0]), optimizer: Adam(learningRate: 0.1), steps: 200)
    var shot = BornMachine(qubits: 3, layers: 3, seed: 1)
    let sampled = shot.train(target: u, loss: MMD(bandwidths: [1.0], shots: 1000), optimizer: Adam(learningRate: 0.1), steps: 200, seed: 3)
    report(exact.finalLoss < 1e-4 && sampled.finalMMD < 2e-3,
           "1 seed model, 3 qubits × 3 layers, uniform target, Adam(0.1) × 200",
           "exact MMD² \(f(exact.finalLoss)); with 1,000 shots and parameter shifts MMD² \(f(sampled.finalMMD)) (from \(f(sampled.mmds[0])))",
           "MMD² < 1e-4 exact; the shot-based run converges", seconds: now() - t0)
}

// 2. Liu & Wang, bars and stripes 3×3.
do {
    let t0 = now()
    let bas = Datasets.barsAndStripes(rows: 3, cols: 3)
    let runs = (1...3).map { liuWang(target: bas, depth: 10, entangler: .chowLiu(bas), seed: $0) }
    let good = runs.filter { $0.kl < 0.05 && $0.chi > 0.97 }.count
    report(good >= 2, "2a Liu & Wang BAS 3×3, Chow–Liu tree, depth 10, L-BFGS ≤ 500",
           "KL \(runs.map { f($0.kl) }.joined(separator: ", ")), χ \(runs.map { f($0.chi) }.joined(separator: ", ")), iterations \(runs.map(\.iterations)); \(good) of 3 seeds pass",
           "KL < 0.05 and χ > 0.97 for ≥ 2 of 3 seeds", seconds: now() - t0)

    let t1 = now()
    let shallow = (1...3).map { liuWang(target: bas, depth: 2, entangler: .chowLiu(bas), seed: $0).kl }
    let middle = (1...3).map { liuWang(target: bas, depth: 6, entangler: .chowLiu(bas), seed: $0).kl }
    report(median(shallow) > 1.0 && median(middle) < 0.05, "2b depth trend (Chow–Liu, median of 3 seeds)",
           "KL at depth 2 \(shallow.map { f($0) }.joined(separator: ", ")), at depth 6 \(middle.map { f($0) }.joined(separator: ", "))",
           "KL > 1.0 at depth 2, < 0.05 at depth 6", seconds: now() - t1)

    let t2 = now()
    let nn = (1...3).map { liuWang(target: bas, depth: 10, entangler: .lattice(rows: 3, cols: 3), seed: $0) }
    let nnKL = median(nn.map(\.kl)), treeKL = median(runs.map(\.kl))
    report(nnKL > 3 * treeKL && nnKL > 0.05, "2c nearest-neighbour lattice instead of the tree, depth 10",
           "median KL \(f(nnKL)) (seeds \(nn.map { f($0.kl) }.joined(separator: ", "))) against \(f(treeKL)) with the tree",
           "clearly worse than the Chow–Liu tree", seconds: now() - t2)
}

// 3. PennyLane's QCBM demonstration.
do {
    let t0 = now()
    let target = Datasets.doubleGaussian(qubits: 6)
    var model = BornMachine(qubits: 6, ansatz: .stronglyEntangling(layers: 6))
    var rng = SeededGenerator(seed: 42)
    model.parameters = model.parameters.map { _ in rng.nextDouble() }
    let h = model.train(target: target, loss: MMD(bandwidths: [0.25, 60]), optimizer: Adam(learningRate: 0.1), steps: 100)
    report(h.finalKLDivergence < 0.01, "3 PennyLane double Gaussian, 6 qubits, strongly entangling × 6, Adam(0.1) × 100",
           "KL \(f(h.finalKLDivergence, 4)), MMD² \(f(h.finalLoss))", "KL < 0.01", seconds: now() - t0)
}

// 4. Liu & Wang, 10-qubit Gaussian mixture.
do {
    let t0 = now()
    let target = Datasets.doubleGaussian(qubits: 10)
    let r = liuWang(target: target, depth: 10, entangler: .chowLiu(target), seed: 1)
    report(r.kl < 0.2, "4 Liu & Wang Gaussian mixture, 10 qubits, depth 10, Chow–Liu, L-BFGS ≤ 500",
           "KL \(f(r.kl)) after \(r.iterations) iterations", "KL < 0.2", seconds: now() - t0)
}

print(failures == 0 ? "all reproductions pass" : "\(failures) reproduction(s) FAIL")
exit(failures == 0 ? 0 : 1)
