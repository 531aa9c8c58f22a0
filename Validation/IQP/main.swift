// IQP models trained through Z expectations (issue 14), in release. `make validate-iqp`: the exact
// identities at n ≤ 10 and the 1,000-qubit run; `make validate-iqp-paper` (argument `paper`): the
// 16-spin 2D Ising reproduction of Recio-Armengol, Ahmed & Bowles (arXiv:2503.02934) alone.
// One line per check, PASS or FAIL, measured beside published or required.
import Foundation
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

/// Four significant digits.
func f(_ x: Double) -> String {
    if x == 0 || !x.isFinite { return "\(x)" }
    let digits = max(0, 3 - Int((log10(abs(x))).rounded(.down)))
    let scale = pow(10.0, Double(digits))
    return "\((x * scale).rounded() / scale)"
}

func environment(_ name: String, _ fallback: Int) -> Int {
    if let v = getenv(name), let n = Int(String(cString: v)) { return n }
    return fallback
}

/// print, unbuffered: a line reaches `tee` as soon as it is written.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

/// Mean and standard error of the differences of two estimates made on the same parts of the
/// data with the same operators (paired, so the parts' common fluctuation cancels).
func paired(_ a: MMDEstimate, _ b: MMDEstimate) -> (mean: Double, standardError: Double) {
    let d = zip(a.estimates, b.estimates).map { $0 - $1 }
    let n = Double(d.count), mean = d.reduce(0, +) / n
    let variance = d.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    return (mean, (variance / n).squareRoot())
}

var failures = 0
@MainActor func report(_ passed: Bool, _ name: String, _ measured: String, _ published: String, seconds: Double) {
    if !passed { failures += 1 }
    say("\(passed ? "PASS" : "FAIL")  \(name): \(measured)  [\(published)]  (\((seconds * 10).rounded() / 10) s)")
}

func randomCircuit(_ n: Int, seed: Int, spinSymmetric: Bool = false) -> IQPCircuit {
    var rng = SeededGenerator(seed: seed)
    var gates: [[Int]] = (0..<n).map { [$0] }
    for a in 0..<n { for b in (a + 1)..<n where rng.nextDouble() < 0.4 { gates.append([a, b]) } }
    return IQPCircuit(qubits: n, gates: gates, parameters: gates.map { _ in rng.nextDouble() * 2 - 1 }, spinSymmetric: spinSymmetric)
}

func subsets(_ n: Int, _ count: Int, seed: Int) -> [[Int]] {
    var rng = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
        var a = (0..<n).filter { _ in rng.nextDouble() < 0.4 }
        if a.isEmpty { a = [rng.nextInt(below: n)] }
        return a
    }
}

let paperMode = CommandLine.arguments.dropFirst().contains("paper")

if CommandLine.arguments.dropFirst().contains("exact-train") {
    say("Exploratory: the 16-spin IQP circuit trained on the exact loss (release build; seeds fixed)")
    let train = Datasets.ising4x4Train, test = Datasets.ising4x4Test
    var iqp = IQPModel(qubits: 16, gates: IQPModel.allGates(qubits: 16, maxWeight: 4), bandwidths: [0.6, 1.3], spinSymmetric: true)
    iqp.initializeParameters(from: train, scale: 0.01)
    // The gradient against central finite differences on a few angles first.
    let theta0 = iqp.circuit.parameters
    func exactLoss(_ theta: [Double]) -> (value: Double, gradient: [Double]) {
        var m = iqp
        m.circuit.parameters = theta
        return m.exactLossGradient(data: train)
    }
    let g0 = exactLoss(theta0).gradient
    var worst = 0.0
    for j in [0, 17, 200, 2515] {
        var plus = theta0, minus = theta0
        plus[j] += 1e-5; minus[j] -= 1e-5
        let fd = (exactLoss(plus).value - exactLoss(minus).value) / 2e-5
        worst = max(worst, abs(fd - g0[j]) / max(1e-12, abs(fd)))
    }
    say("gradient against finite differences, 4 angles: largest relative difference \(f(worst))")
    let steps = environment("IQP_EXACT_STEPS", 10_000)
    var adam = Adam(learningRate: 0.001)
    var theta = theta0
    let start = now()
    var losses: [Double] = []
    for _ in 0..<steps {
        let (loss, g) = exactLoss(theta)
        losses.append(loss)
        theta = adam.step(theta, gradient: g)
    }
    say("Adam(0.001), \(steps) steps on the exact training MMD² (mean over σ = 0.6, 1.3): \(f(losses.first!)) → \(f(losses.last!)) in \(f(now() - start)) s")
    iqp.circuit.parameters = theta
    let sigmas = [0.6, 1.0, 1.3, 2.0, 2.82843]
    let ours = iqp.exactTestMMD(data: test, bandwidths: sigmas)
    let floor = IQPModel.exactSampleTestMMD(samples: train, data: test, bandwidths: sigmas)
    say("exact test MMD² at σ = \(sigmas.map(f).joined(separator: ", ")): IQP trained exactly \(ours.map(f).joined(separator: ", ")); training data \(floor.map(f).joined(separator: ", "))")
    exit(0)
}

if !paperMode {
    say("IQP validations (release build; seeds fixed)")

    // 1. Monte Carlo ⟨Z_a⟩ against the state vector, n ≤ 10, random weight-≤2 gates.
    do {
        let start = now()
        var worst = 0.0, checked = 0
        for n in [4, 7, 10] {
            for symmetric in [false, true] {
                let c = randomCircuit(n, seed: n, spinSymmetric: symmetric)
                for (i, a) in subsets(n, 12, seed: 100 + n).enumerated() {
                    let exact = c.expectationZ(a)
                    let (value, error) = c.estimateZ(a, samples: 20_000, seed: i)
                    if error > 0 { worst = max(worst, abs(value - exact) / error) } else if abs(value - exact) > 1e-12 { worst = .infinity }
                    checked += 1
                }
            }
        }
        report(worst <= 3, "Monte Carlo ⟨Z_a⟩ vs state vector, n = 4, 7, 10, random weight-≤2 gates, with and without spin symmetry, \(checked) operators, 20,000 samples",
               "largest |estimate − exact| / standard error \(f(worst))", "required: ≤ 3", seconds: now() - start)
    }

    // 2. The estimator's formula summed over every z equals the state vector's ⟨Z_a⟩.
    do {
        let start = now()
        var worst = 0.0
        for n in [4, 7, 10] {
            for symmetric in [false, true] {
                let c = randomCircuit(n, seed: 20 + n, spinSymmetric: symmetric)
                for a in subsets(n, 8, seed: 200 + n) {
                    var total = 0.0, count = 0
                    for z in 0..<(1 << n) where !symmetric || z.nonzeroBitCount % 2 == 0 {
                        var phase = 0.0
                        for (g, theta) in zip(c.gates, c.parameters) where g.filter(a.contains).count % 2 == 1 {
                            phase += g.reduce(0) { $0 ^ (z >> $1 & 1) } == 1 ? -2 * theta : 2 * theta
                        }
                        total += cos(phase)
                        count += 1
                    }
                    let formula = symmetric && a.count % 2 == 1 ? 0 : total / Double(count)
                    worst = max(worst, abs(formula - c.expectationZ(a)))
                }
            }
        }
        report(worst < 1e-10, "Estimator formula enumerated over all z vs state vector, n = 4, 7, 10, with and without spin symmetry",
               "largest difference \(worst)", "required: < 1e-10", seconds: now() - start)
    }

    // 3. The Z form of the MMD² equals the kernel quadratic form (p − q)ᵀK(p − q).
    do {
        let start = now()
        var worst = 0.0
        for n in [4, 7, 10] {
            for symmetric in [false, true] {
                var rng = SeededGenerator(seed: 30 + n)
                let target = Distribution(probabilities: {
                    let w = (0..<(1 << n)).map { _ in rng.nextDouble() }
                    let s = w.reduce(0, +)
                    return w.map { $0 / s }
                }())
                let model = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 2), bandwidths: [0.7, 1.5],
                                     spinSymmetric: symmetric, initialScale: 1, seed: n)
                let p = Distribution(probabilities: model.circuit.probabilities())
                let quadratic = mmd(p, target, kernel: GaussianKernel(bandwidths: [0.7, 1.5], distance: .hamming))
                worst = max(worst, abs(model.exactMMD(data: target) - quadratic))
            }
        }
        report(worst < 1e-12, "Z-form MMD² vs kernel quadratic form (p − q)ᵀK(p − q), n = 4, 7, 10, σ = 0.7 and 1.5",
               "largest difference \(worst)", "required: < 1e-12", seconds: now() - start)
    }

    // 4. The bit-flip model's closed form against its sampler.
    do {
        let start = now()
        var worst = 0.0
        for symmetric in [false, true] {
            let n = 100
            var rng = SeededGenerator(seed: 40)
            let gates = IQPModel.chainGates(qubits: n, range: 2)
            let c = IQPCircuit(qubits: n, gates: gates, parameters: gates.map { _ in rng.nextDouble() * 0.6 }, spinSymmetric: symmetric)
            let rows = c.bitFlipSamples(count: 20_000, seed: 41)
            for a in [[0], [1, 2], [10, 12], [20, 21, 22, 23], [5, 50], [7, 8, 9]] {
                let values = rows.map { x in a.reduce(1.0) { $0 * (x[$1] == 1 ? -1 : 1) } }
                let mean = values.reduce(0, +) / Double(values.count)
                let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
                let se = max((variance / Double(values.count)).squareRoot(), 1e-9)
                worst = max(worst, abs(mean - c.bitFlipExpectationZ(a)) / se)
            }
        }
        report(worst <= 3, "Bit-flip closed form Πⱼ cos(2θⱼ[|gⱼ∩a| odd]) vs 20,000 sampled rows, 100 qubits, chain gates, with and without spin symmetry",
               "largest |mean − closed form| / standard error \(f(worst))", "required: ≤ 3", seconds: now() - start)
    }

    // 5. A thousand qubits: chain gates to next-nearest neighbours, trained on exact samples of a
    // 1,000-spin Ising chain (open), 1,000 operators × 1,000 samples per estimate. Both models
    // start from the data (`initializeParameters(from:)`); from near-zero angles both collapse to
    // the uniform distribution's loss and stay there (recorded in Validation/README.md).
    do {
        let n = 1000, steps = environment("IQP_CHAIN_STEPS", 300)
        let temperature = Double(environment("IQP_CHAIN_T_CENTI", 100)) / 100
        let sigma = Double(environment("IQP_CHAIN_SIGMA_TENTHS", 100)) / 10
        let learningRate = Double(environment("IQP_CHAIN_LR_MILLI", 20)) / 1000
        let trainRows = environment("IQP_CHAIN_TRAIN", 2000), testRows = environment("IQP_CHAIN_TEST", 10_000)
        let train = IsingChain.thermalSamples(spins: n, coupling: 1, temperature: temperature, count: trainRows, seed: 1)
        let test = IsingChain.thermalSamples(spins: n, coupling: 1, temperature: temperature, count: testRows, seed: 2)
        var iqp = IQPModel(qubits: n, gates: IQPModel.chainGates(qubits: n, range: 2), bandwidths: [sigma], spinSymmetric: true,
                           initialScale: 0.01, seed: 3)
        var flips = IQPModel(qubits: n, gates: IQPModel.chainGates(qubits: n, range: 2), bandwidths: [sigma], spinSymmetric: true,
                             bitFlip: true, initialScale: 0.01, seed: 3)
        if environment("IQP_CHAIN_INIT", 1) == 1 {
            iqp.initializeParameters(from: train)
            flips.initializeParameters(from: train)
        }
        let trainStart = now()
        let iqpLosses = iqp.train(data: train, optimizer: Adam(learningRate: learningRate), steps: steps, operators: 1000, samples: 1000, seed: 4)
        let perStep = (now() - trainStart) / Double(steps)
        let flipLosses = flips.train(data: train, optimizer: Adam(learningRate: learningRate), steps: steps, operators: 1000, samples: 1000, seed: 4)
        report(1 / perStep >= 1, "1,000-qubit IQP model (2,997 chain gates, range 2, spin symmetry), Adam step with 1,000 operators × 1,000 samples",
               "\(f(1 / perStep)) steps/s (\(f(perStep * 1000)) ms a step over \(steps) steps; training MMD² \(f(iqpLosses.first!)) → \(f(iqpLosses.last!)))",
               "required: ≥ 1 step/s on 2 cores", seconds: now() - trainStart)
        let evalStart = now()
        let tIQP = iqp.testMMD(data: test, bandwidth: sigma, operators: 1000, samples: 1000, repeats: 20, seed: 5)
        let tFlip = flips.testMMD(data: test, bandwidth: sigma, operators: 1000, samples: 1000, repeats: 20, seed: 5)
        let tUniform = IQPModel.uniformTestMMD(data: test, bandwidth: sigma, operators: 1000, repeats: 20, seed: 5)
        let gap = paired(tFlip, tIQP)
        // What each model learned of the chain's correlation ⟨s_i s_(i+r)⟩, averaged over nine sites.
        let sites = stride(from: 100, through: 900, by: 100)
        let near = [1, 2, 3, 10].map { r -> String in
            var data = 0.0, model = 0.0, flip = 0.0
            for i in sites {
                data += test.reduce(0.0) { $0 + ($1[i] == $1[i + r] ? 1 : -1) } / Double(test.count) / 9
                model += iqp.circuit.expectationZ([i, i + r], samples: 20_000, seed: i) / 9
                flip += flips.circuit.bitFlipExpectationZ([i, i + r]) / 9
            }
            return "r = \(r): data \(f(data)), IQP \(f(model)), bit-flip \(f(flip))"
        }
        say("note  ⟨Z_i Z_(i+r)⟩ averaged over i = 100, 200, …, 900: " + near.joined(separator: "; "))
        report(gap.mean > 3 * gap.standardError,
               "1,000-spin Ising chain (J = 1, T = \(temperature), open; \(trainRows) training rows, \(testRows) held out), σ = \(sigma), \(steps) Adam steps (\(learningRate)) for each model: test MMD² (20 parts × 1,000 operators × 1,000 samples, the same operators for every model)",
               "IQP \(f(tIQP.mean)) ± \(f(tIQP.standardError)), bit-flip \(f(tFlip.mean)) ± \(f(tFlip.standardError)), uniform \(f(tUniform.mean)) ± \(f(tUniform.standardError)); bit-flip − IQP, paired by part: \(f(gap.mean)) ± \(f(gap.standardError)); bit-flip training MMD² \(f(flipLosses.first!)) → \(f(flipLosses.last!))",
               "required: IQP below bit-flip, the paired difference above 3 standard errors", seconds: now() - evalStart)
    }
} else {
    // The 16-spin 2D Ising reproduction, at the settings of their paper/training/train_iqp.py and
    // best_hyperparameters.yaml, evaluated as their paper/plots/calc_mmd_loss.py made the table.
    // IQP_PAPER_STEPS (exploratory; default the paper's 10,000): Adam steps for both models.
    let steps = environment("IQP_PAPER_STEPS", 10_000)
    let learningRate = Double(environment("IQP_PAPER_LR_MILLI", 1)) / 1000
    let train = Datasets.ising4x4Train, test = Datasets.ising4x4Test
    let table = Datasets.ising4x4MMDTable
    let sigmas = table.filter { $0.model == "IqpSimulator" }.map(\.bandwidth).sorted()
    let repeats = environment("IQP_PAPER_REPEATS", 20)
    say("IQP paper reproduction: 16-spin 2D Ising (release build; seeds fixed)")
    if steps != 10_000 {
        say("note  \(steps) Adam steps for both models (IQP_PAPER_STEPS, exploratory), not the paper's 10,000: the PASS/FAIL lines below are meant for the paper's settings")
    }

    func published(_ model: String, _ sigma: Double) -> PublishedMMD { table.first { $0.model == model && $0.bandwidth == sigma }! }
    func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(max(1, xs.count)) }

    // Their start (iqpopt's initialize_from_data): one-qubit angles arcsin √(bit mean), two-qubit
    // angles ∝ the spin covariance, the largest scale · π; the others zero (circuit, scale 0.01)
    // or normal of standard deviation 1e-4 (bit-flip model, scale 1e-4).
    var iqp = IQPModel(qubits: 16, gates: IQPModel.allGates(qubits: 16, maxWeight: 4), bandwidths: [0.6, 1.3], spinSymmetric: true)
    iqp.initializeParameters(from: train, scale: 0.01)
    var start = now()
    let interval = environment("IQP_PAPER_CONVERGENCE", 0)   // their rule (500) stops at ~3,100 steps, under-trained here
    let iqpLosses = iqp.train(data: train, optimizer: Adam(learningRate: learningRate), steps: steps, operators: 1000, samples: 1000, seed: 2,
                              convergenceInterval: interval)
    let iqpSeconds = now() - start
    say("IQP model: 2,516 gates (all of weight ≤ 4), spin symmetry, σ = [0.6, 1.3], Adam(\(learningRate)), \(interval > 0 ? "at most \(steps) steps, stopping by their convergence rule over \(interval) steps" : "\(steps) steps"), 1,000 operators × 1,000 samples, started from the data (scale 0.01): \(iqpLosses.count) steps in \(f(iqpSeconds)) s (\(f(iqpSeconds / Double(iqpLosses.count) * 1000)) ms a step); training MMD² \(f(iqpLosses.first!)) → mean of last 100 \(f(mean(Array(iqpLosses.suffix(100)))))")

    var flips = IQPModel(qubits: 16, gates: IQPModel.allGates(qubits: 16, maxWeight: 6), bandwidths: [0.6, 1.3], spinSymmetric: true, bitFlip: true)
    flips.initializeParameters(from: train, scale: 0.0001, noise: 0.0001, seed: 1)
    start = now()
    let flipLosses = flips.train(data: train, optimizer: Adam(learningRate: learningRate), steps: steps, operators: 1000, samples: 1000, seed: 2,
                                 convergenceInterval: interval)
    say("Bit-flip model: 14,892 gates (all of weight ≤ 6, as the paper's), spin symmetry, same optimiser and rule, started from the data (scale 1e-4, noise 1e-4): \(flipLosses.count) steps in \(f(now() - start)) s; training MMD² \(f(flipLosses.first!)) → mean of last 100 \(f(mean(Array(flipLosses.suffix(100)))))")

    var product = IQPModel(qubits: 16, gates: (0..<16).map { [$0] }, bandwidths: [0.6, 1.3], spinSymmetric: true, bitFlip: true,
                           initialScale: 0.01, seed: 1)
    let productLosses = product.train(data: train, optimizer: Adam(learningRate: 0.01), steps: 500, operators: 1000, samples: 1000, seed: 2)
    say("Product bit-flip model: one gate a qubit, spin symmetry, Adam(0.01), 500 steps: training MMD² \(f(productLosses.first!)) → \(f(productLosses.last!))")

    // Their trained parameters (paper/training/trained_parameters/params_IqpSimulator_2D_ising.pkl
    // and params_IqpSimulatorBitflip_2D_ising.pkl as JSON arrays, made by published-parameters.py),
    // from Data/scaling-gqml/trained-parameters (or the folder IQP_PAPER_PUBLISHED_PARAMS names).
    var theirs: (iqp: IQPModel, flip: IQPModel)? = nil
    let dir = getenv("IQP_PAPER_PUBLISHED_PARAMS").map { String(cString: $0) } ?? "Data/scaling-gqml/trained-parameters"
    if let a = try? JSONDecoder().decode([Double].self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/iqp.json"))),
       let b = try? JSONDecoder().decode([Double].self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/flip.json"))) {
        var i = iqp, fl = flips
        i.circuit.parameters = a
        fl.circuit.parameters = b
        theirs = (i, fl)
        say("Their trained parameters read from \(dir) (\(a.count) and \(b.count) angles)")
    } else {
        say("note  their trained parameters not found in \(dir) (run from the repository's root, or set IQP_PAPER_PUBLISHED_PARAMS): their columns below are empty")
    }

    // 1. Test MMD² estimated through operators, at every σ of their table (their way for the
    // circuit: 3,000 operators × 3,000 samples on each of 20 parts of the test rows).
    start = now()
    var rows: [(sigma: Double, iqp: MMDEstimate, flip: MMDEstimate, product: MMDEstimate, uniform: MMDEstimate, data: MMDEstimate)] = []
    for (k, sigma) in sigmas.enumerated() {
        rows.append((sigma,
                     iqp.testMMD(data: test, bandwidth: sigma, operators: 3000, samples: 3000, repeats: repeats, seed: 100 + k),
                     flips.testMMD(data: test, bandwidth: sigma, operators: 3000, samples: 3000, repeats: repeats, seed: 100 + k),
                     product.testMMD(data: test, bandwidth: sigma, operators: 3000, samples: 3000, repeats: repeats, seed: 100 + k),
                     IQPModel.uniformTestMMD(data: test, bandwidth: sigma, operators: 3000, repeats: repeats, seed: 100 + k),
                     IQPModel.sampleTestMMD(samples: train, data: test, bandwidth: sigma, operators: 3000, repeats: repeats, seed: 100 + k)))
    }
    let evalSeconds = now() - start
    say("Test MMD² at their \(sigmas.count) σ values, \(repeats) repeats (the 50,000 test rows in parts of 2,500), 3,000 operators × 3,000 samples: \(f(evalSeconds)) s")
    say("σ        IQP (ours / paper)                bit-flip w≤6 (ours / paper)       product bit-flip   uniform (ours / paper Random)    data (ours / paper True)")
    for r in rows {
        let pi = published("IqpSimulator", r.sigma), pb = published("IqpSimulatorBitflip", r.sigma)
        let pr = published("Random", r.sigma), pt = published("True", r.sigma)
        say("\(r.sigma)  \(f(r.iqp.mean)) ± \(f(r.iqp.standardError)) / \(f(pi.value)) ± \(f(pi.standardError))  "
              + "\(f(r.flip.mean)) ± \(f(r.flip.standardError)) / \(f(pb.value)) ± \(f(pb.standardError))  \(f(r.product.mean))  "
              + "\(f(r.uniform.mean)) ± \(f(r.uniform.standardError)) / \(f(pr.value)) ± \(f(pr.standardError))  "
              + "\(f(r.data.mean)) ± \(f(r.data.standardError)) / \(f(pt.value)) ± \(f(pt.standardError))")
    }

    // 2. Their rows at σ = 0.6…1.3 are not operator estimates: they are the kernel MMD² of the
    // 5,000 rows of their samples-IqpSimulator_2D_ising.csv and samples-IqpSimulatorBitflip_2D_ising.csv,
    // in 20 parts of 250, against the 20 test parts (recomputed from those files they come out
    // to every digit; their trained IQP parameters give 1.0e-4 at σ = 0.6 through operators,
    // with their own estimator). The same for our models: 5,000 samples each (the circuit through
    // its state vector), then the estimate by parts.
    start = now()
    let trained = rows.filter { $0.sigma <= 1.3 + 1e-9 }, earlier = rows.filter { $0.sigma > 1.3 + 1e-9 }
    let iqpSamples = iqp.sample(count: 5000, seed: 7), flipSamples = flips.sample(count: 5000, seed: 7)
    let sampled = trained.enumerated().map { k, r in
        (sigma: r.sigma,
         iqp: IQPModel.sampleTestMMD(samples: iqpSamples, data: test, bandwidth: r.sigma, operators: 3000, repeats: repeats, seed: 100 + k),
         flip: IQPModel.sampleTestMMD(samples: flipSamples, data: test, bandwidth: r.sigma, operators: 3000, repeats: repeats, seed: 100 + k))
    }
    // 3. Without operator or sample noise: every one of the 2¹⁶ operators, the models' exact ⟨Z_a⟩
    // and all 50,000 test rows (unbiased in the data; its only noise is the test set's).
    let exactIQP = iqp.exactTestMMD(data: test, bandwidths: sigmas), exactFlip = flips.exactTestMMD(data: test, bandwidths: sigmas)
    let exactData = IQPModel.exactSampleTestMMD(samples: train, data: test, bandwidths: sigmas)
    let exactTheirs = theirs.map { ($0.iqp.exactTestMMD(data: test, bandwidths: sigmas), $0.flip.exactTestMMD(data: test, bandwidths: sigmas)) }
    say("5,000 samples a model (σ ≤ 1.3, their table's way) and the exact test MMD² (every σ): \(f(now() - start)) s")
    say("σ        sampled IQP (ours / paper)      sampled bit-flip (ours / paper)    exact: IQP, bit-flip w≤6, training data; their parameters: IQP, bit-flip")
    for (k, sigma) in sigmas.enumerated() {
        let s = sampled.first { $0.sigma == sigma }
        let sampledText = s.map { s in
            "\(f(s.iqp.mean)) ± \(f(s.iqp.standardError)) / \(f(published("IqpSimulator", sigma).value)) ± \(f(published("IqpSimulator", sigma).standardError))  "
                + "\(f(s.flip.mean)) ± \(f(s.flip.standardError)) / \(f(published("IqpSimulatorBitflip", sigma).value)) ± \(f(published("IqpSimulatorBitflip", sigma).standardError))"
        } ?? "—  —"
        let theirText = exactTheirs.map { "\(f($0.0[k])), \(f($0.1[k]))" } ?? "—"
        say("\(sigma)  \(sampledText)  \(f(exactIQP[k])), \(f(exactFlip[k])), \(f(exactData[k])); \(theirText)")
    }

    func combined(_ a: MMDEstimate, _ p: PublishedMMD) -> Double { (a.standardError * a.standardError + p.standardError * p.standardError).squareRoot() }
    // IQP: no worse than twice their value, or (where theirs is within noise of zero or negative,
    // where twice it bounds nothing) no more than 3 combined standard errors above it; at σ ≤ 1.3
    // measured like theirs (samples), above it through operators (as their older rows were).
    let iqpAgainst = sampled.map { ($0.sigma, $0.iqp) } + earlier.map { ($0.sigma, $0.iqp) }
    let iqpOK = iqpAgainst.allSatisfy { sigma, e in
        let p = published("IqpSimulator", sigma)
        return e.mean <= max(2 * p.value, p.value + 3 * combined(e, p))
    }
    report(iqpOK, "IQP test MMD² vs their IqpSimulator, all \(rows.count) σ (σ ≤ 1.3 from 5,000 samples as theirs, above through operators)",
           "ours \(iqpAgainst.map { f($0.1.mean) }.joined(separator: ", "))",
           "published \(rows.map { f(published("IqpSimulator", $0.sigma).value) }.joined(separator: ", ")); required: ≤ max(2 × theirs, theirs + 3 combined standard errors)",
           seconds: evalSeconds)
    let flipOK = sampled.allSatisfy { r in abs(r.flip.mean - published("IqpSimulatorBitflip", r.sigma).value) <= 3 * combined(r.flip, published("IqpSimulatorBitflip", r.sigma)) }
    report(flipOK, "Bit-flip model (weight ≤ 6, spin symmetry, their model) vs their IqpSimulatorBitflip, σ = 0.6…1.3, from 5,000 samples as theirs",
           "ours \(sampled.map { f($0.flip.mean) }.joined(separator: ", "))",
           "published \(sampled.map { f(published("IqpSimulatorBitflip", $0.sigma).value) }.joined(separator: ", ")); required: within 3 combined standard errors", seconds: 0)
    if let t = exactTheirs {
        // Our trained models against theirs, both exact: the same figure to within the spread of training runs.
        let iqpGap = zip(exactIQP, t.0).map { $0 - $1 }, flipGap = zip(exactFlip, t.1).map { $0 - $1 }
        report(zip(exactIQP, t.0).allSatisfy { $0 <= 2 * $1 },
               "Exact test MMD² of our IQP model vs their trained IQP parameters, all \(sigmas.count) σ",
               "ours − theirs from \(f(iqpGap.min()!)) to \(f(iqpGap.max()!)); ours \(f(exactIQP.first!)) … theirs \(f(t.0.first!)) at σ = 0.6",
               "required: ours ≤ 2 × theirs", seconds: 0)
        report(zip(exactFlip, t.1).allSatisfy { $0 <= 2 * $1 },
               "Exact test MMD² of our bit-flip model vs their trained bit-flip parameters, all \(sigmas.count) σ",
               "ours − theirs from \(f(flipGap.min()!)) to \(f(flipGap.max()!)); ours \(f(exactFlip.first!)), theirs \(f(t.1.first!)) at σ = 0.6",
               "required: ours ≤ 2 × theirs", seconds: 0)
    }
    let productOK = earlier.allSatisfy { r in r.product.mean <= published("IqpSimulatorBitflip", r.sigma).value * 1.25 }
    report(productOK, "Product bit-flip model (one gate a qubit, spin symmetry) vs their earlier IqpSimulatorBitflip rows, σ = 1.32…2.83",
           "ours \(earlier.map { f($0.product.mean) }.joined(separator: ", "))",
           "published \(earlier.map { f(published("IqpSimulatorBitflip", $0.sigma).value) }.joined(separator: ", ")); required: no more than 1.25 × theirs", seconds: 0)
    // Their Random row at σ = 1.74…2.83 cannot be the uniform distribution's on these data at
    // those σ: it jumps from 0.0525 (σ = 1.68) to 0.0686 (σ = 1.74), while the uniform
    // distribution's MMD² is a smooth function of σ for fixed data (ours: 0.0521, then 0.0494).
    // Those rows of the file come from an earlier evaluation; the check uses σ ≤ 1.7.
    let consistent = rows.filter { $0.sigma < 1.7 }
    let uniformOK = consistent.allSatisfy { r in
        abs(r.uniform.mean - published("Random", r.sigma).value) <= 3 * combined(r.uniform, published("Random", r.sigma)) + 0.02 * published("Random", r.sigma).value
    }
    report(uniformOK, "Uniform distribution vs their Random row, the \(consistent.count) σ ≤ 1.7",
           "ours \(consistent.map { f($0.uniform.mean) }.joined(separator: ", "))",
           "published \(consistent.map { f(published("Random", $0.sigma).value) }.joined(separator: ", ")); required: within 3 combined standard errors + 2%", seconds: 0)
    let dataOK = rows.allSatisfy { r in abs(r.data.mean - published("True", r.sigma).value) <= 3 * combined(r.data, published("True", r.sigma)) }
    report(dataOK, "Training data vs test data (their True row), all \(rows.count) σ",
           "ours \(rows.map { f($0.data.mean) }.joined(separator: ", "))",
           "published \(rows.map { f(published("True", $0.sigma).value) }.joined(separator: ", ")); required: within 3 combined standard errors", seconds: 0)

    // The ordering IQP < bit-flip < random, with the weight-≤6 bit-flip model, by the exact figures.
    let below = sigmas.indices.filter { exactIQP[$0] < exactFlip[$0] }.count
    let uniformAbove = rows.indices.allSatisfy { k in exactIQP[k] < rows[k].uniform.mean && exactFlip[k] < rows[k].uniform.mean }
    let theirBelow = exactTheirs.map { t in sigmas.indices.filter { t.0[$0] < t.1[$0] }.count }
    // In their table: the difference of their two sample files, paired by test part, −9.7e-5 ± 2.1e-4
    // at σ = 0.6 (computed from their samples-*_2D_ising.csv with the exact kernel; Validation/README.md).
    // Ours the same way, from our 5,000 samples a model:
    let pairedSampled = sampled.map { paired($0.iqp, $0.flip) }
    report(below == sigmas.count && uniformAbove,
           "Ordering IQP < bit-flip (weight ≤ 6) < uniform at every σ, exact test MMD²",
           "IQP below the bit-flip model at \(below) of \(sigmas.count) σ (IQP − bit-flip from \(f(zip(exactIQP, exactFlip).map { $0 - $1 }.min()!)) to \(f(zip(exactIQP, exactFlip).map { $0 - $1 }.max()!))); both below uniform: \(uniformAbove ? "yes" : "no")"
               + (theirBelow.map { "; their trained parameters: IQP below bit-flip at \($0) of \(sigmas.count) σ" } ?? ""),
           "required: IQP < bit-flip < random. Their table's IQP < bit-flip at σ ≤ 1.3 is a 5,000-sample figure: "
               + "their two sample files differ by −9.7e-5 ± 2.1e-4 (σ = 0.6, paired by part), ours by \(f(pairedSampled[0].mean)) ± \(f(pairedSampled[0].standardError))",
           seconds: 0)
    let productOrderOK = rows.indices.allSatisfy { k in exactIQP[k] < rows[k].product.mean && rows[k].product.mean < rows[k].uniform.mean }
    report(productOrderOK, "Ordering IQP < product bit-flip (one gate a qubit) < uniform at every σ", productOrderOK ? "holds" : "fails",
           "required: as above, against the weaker bit-flip model", seconds: 0)
}

say(failures == 0 ? "all validations pass" : "\(failures) validation(s) FAIL")
if failures > 0 { exit(1) }
