import Charts
import QGen
import QScript
import QSim

extension Prelude {
    /// QGen in cells: distributions and data sets, kernels and MMD, metrics, losses, optimizers
    /// and Born machines, each calling QGen's throwing twin.
    static var qgen: [Binding] {
        distributions + kernels + metrics + losses + optimizers + bornMachines
    }

    static var distributions: [Binding] {
        [
            Binding(Distribution.self, "Distribution") { t in
                t.initializer("init(probabilities:)") { (p: [Double]) in try Distribution.checked(probabilities: p) }
                t.initializer("init(counts:)") { (c: [Int]) in try Distribution.checked(counts: c) }
                t.initializer("init(samples:qubits:)") { (s: [Int], n: Int) in try Distribution.checked(samples: s, qubits: n) }
                t.staticMethod("uniform(qubits:)") { (n: Int) in try Distribution.checkedUniform(qubits: n) }
                t.staticMethod("uniform(over:qubits:)") { (s: [Int], n: Int) in try Distribution.checkedUniform(over: s, qubits: n) }
                t.property("bits") { $0.bits }
                t.property("qubits") { $0.qubits }
                t.property("count") { $0.count }
                t.property("probabilities") { $0.probabilities }
                t.property("amplitudes") { $0.amplitudes }
                t.property("support") { $0.support }
                t.property("entropy") { $0.entropy }
                t.subscriptGetter { (d: Distribution, i: Int) in
                    guard i >= 0 && i < d.count else { throw ScriptError("outcome \(i) is out of range for \(d.bits) bits (0...\(d.count - 1))") }
                    return d[i]
                }
                t.method("probability(of:)") { (d: Distribution, s: String) in try d.checkedProbability(of: s) }
                t.method("marginal(qubits:)") { (d: Distribution, q: [Int]) in try d.checkedMarginal(qubits: q) }
                t.method("sample(shots:seed:)") { (d: Distribution, shots: Int, seed: Int) in try d.checkedSample(shots: shots, seed: seed) }
                t.method("bitstring(_:)") { (d: Distribution, i: Int) in d.bitstring(i) }
                t.display { d in figureDisplay(histogram(d, target: nil, title: "")) }
            },
            Binding(Datasets.self, "Datasets") { t in
                t.staticMethod("barsAndStripes(rows:cols:)") { (r: Int, c: Int) in try Datasets.checkedBarsAndStripes(rows: r, cols: c) }
                t.staticMethod("barsAndStripesPatterns(rows:cols:)") { (r: Int, c: Int) in
                    try Datasets.checkedBarsAndStripes(rows: r, cols: c).support
                }
                t.staticMethod("gaussianMixture(qubits: Int, means: [Double], widths: [Double], weights: [Double]? = nil) -> Distribution") {
                    (n: Int, means: [Double], widths: [Double], weights: [Double]?) in
                    try Datasets.checkedGaussianMixture(qubits: n, means: means, widths: widths, weights: weights)
                }
                t.staticMethod("doubleGaussian(qubits:)") { (n: Int) in try Datasets.checkedDoubleGaussian(qubits: n) }
                t.staticMethod("logNormal(qubits: Int, mu: Double = 1, sigma: Double = 1) -> Distribution") { (n: Int, mu: Double, sigma: Double) in
                    try Datasets.checkedLogNormal(qubits: n, mu: mu, sigma: sigma)
                }
            },
            .function("histogram(_ model: Distribution, target: Distribution? = nil, title: String = \"\") -> Figure") {
                (d: Distribution, target: Distribution?, title: String) in
                if let target, target.bits != d.bits {
                    throw ScriptError("the target has \(target.bits) bits, the distribution \(d.bits)")
                }
                return histogram(d, target: target, title: title)
            },
            .function("bitImages(_ distribution: Distribution, rows: Int, cols: Int, title: String = \"\") -> Figure") {
                (d: Distribution, rows: Int, cols: Int, title: String) in try checkedBitImages(d, rows: rows, cols: cols, title: title)
            },
        ]
    }

    static var kernels: [Binding] {
        [
            Binding(GaussianKernel.Distance.self, "GaussianKernel.Distance") { t in
                t.staticProperty("integer") { GaussianKernel.Distance.integer }
                t.staticProperty("hamming") { GaussianKernel.Distance.hamming }
            },
            Binding(MMDEstimator.self, "MMDEstimator") { t in
                t.staticProperty("biased") { MMDEstimator.biased }
                t.staticProperty("unbiased") { MMDEstimator.unbiased }
            },
            Binding(GaussianKernel.self, "GaussianKernel") { t in
                t.initializer("init(bandwidths: [Double], distance: GaussianKernel.Distance = .integer)") { (b: [Double], d: GaussianKernel.Distance) in
                    try GaussianKernel.checked(bandwidths: b, distance: d)
                }
                t.initializer("init(variances: [Double], distance: GaussianKernel.Distance = .integer)") { (v: [Double], d: GaussianKernel.Distance) in
                    try GaussianKernel.checked(variances: v, distance: d)
                }
                t.property("bandwidths") { $0.bandwidths }
                t.property("distance") { $0.distance }
                t.method("value(atDistance:)") { (k: GaussianKernel, d: Int) in k.value(atDistance: d) }
                t.method("matrix(bits:)") { (k: GaussianKernel, n: Int) in try k.checkedMatrix(bits: n) }
                t.method("apply(_:)") { (k: GaussianKernel, v: [Double]) in try k.checkedApply(v) }
            },
            .function("mmd(_ p: Distribution, _ q: Distribution, bandwidths: [Double] = [1.0]) -> Double") {
                (p: Distribution, q: Distribution, b: [Double]) in try checkedMMD(p, q, kernel: GaussianKernel.checked(bandwidths: b))
            },
            .function("mmd(_ p: Distribution, _ q: Distribution, kernel: GaussianKernel) -> Double") {
                (p: Distribution, q: Distribution, k: GaussianKernel) in try checkedMMD(p, q, kernel: k)
            },
            .function("mmd(samples: [Int], _ other: [Int], qubits: Int, kernel: GaussianKernel, estimator: MMDEstimator = .unbiased) -> Double") {
                (x: [Int], y: [Int], n: Int, k: GaussianKernel, e: MMDEstimator) in
                try checkedMMD(samples: x, y, qubits: n, kernel: k, estimator: e)
            },
        ]
    }

    static var metrics: [Binding] {
        [
            .function("klDivergence(_ p: Distribution, _ q: Distribution, smoothing: Double = 0) -> Double") {
                (p: Distribution, q: Distribution, e: Double) in try checkedKLDivergence(p, q, smoothing: e)
            },
            .function("klDivergence(target: Distribution, model: Distribution, smoothing: Double = 0) -> Double") {
                (p: Distribution, q: Distribution, e: Double) in try checkedKLDivergence(p, q, smoothing: e)
            },
            .function("reverseKLDivergence(target: Distribution, model: Distribution, smoothing: Double = 0) -> Double") {
                (p: Distribution, q: Distribution, e: Double) in try checkedKLDivergence(q, p, smoothing: e)
            },
            .function("totalVariation(_:_:)") { (p: Distribution, q: Distribution) in try checkedTotalVariation(p, q) }
            ,
            .function("kolmogorovSmirnov(_:_:)") { (p: Distribution, q: Distribution) in try checkedKolmogorovSmirnov(p, q) },
            .function("validFraction(_:validFor:)") { (p: Distribution, q: Distribution) in try checkedValidFraction(p, validFor: q) },
            Binding(ChowLiuTree.self, "ChowLiuTree") { t in
                t.staticMethod("mutualInformation(_:)") { (d: Distribution) in ChowLiuTree.mutualInformation(d) }
                t.staticMethod("edges(of:)") { (d: Distribution) in ChowLiuTree.edges(of: d) }
            },
        ]
    }

    static var losses: [Binding] {
        [
            .protocol((any Loss).self, "Loss") { t in
                t.property("shots") { $0.shots }
            },
            Binding(MMD.self, "MMD", conformsTo: ["Loss"]) { t in
                t.initializer("init(bandwidths: [Double] = [1.0], distance: GaussianKernel.Distance = .integer, shots: Int? = nil)") {
                    (b: [Double], d: GaussianKernel.Distance, shots: Int?) in try MMD.checked(kernel: GaussianKernel.checked(bandwidths: b, distance: d), shots: shots)
                }
                t.initializer("init(variances: [Double], distance: GaussianKernel.Distance = .integer, shots: Int? = nil)") {
                    (v: [Double], d: GaussianKernel.Distance, shots: Int?) in try MMD.checked(kernel: GaussianKernel.checked(variances: v, distance: d), shots: shots)
                }
                t.initializer("init(kernel: GaussianKernel, shots: Int? = nil)") { (k: GaussianKernel, shots: Int?) in try MMD.checked(kernel: k, shots: shots) }
                t.property("kernel") { $0.kernel }
            },
            Binding(NegativeLogLikelihood.self, "NegativeLogLikelihood", conformsTo: ["Loss"]) { t in
                t.initializer("init(floor: Double = 1e-12)") { (f: Double) in try NegativeLogLikelihood.checked(floor: f) }
            },
            .closure((([Double], [Double]) throws -> (Double, [Double])).self),
            Binding(CustomLoss.self, "CustomLoss", conformsTo: ["Loss"]) { t in
                t.initializer("init(name: String = \"custom\", _ body: ([Double], [Double]) -> (Double, [Double]))") {
                    (name: String, body: @escaping ([Double], [Double]) throws -> (Double, [Double])) in CustomLoss(name: name, body)
                }
            },
        ]
    }

    static var optimizers: [Binding] {
        [
            .protocol((any Optimizer).self, "Optimizer"),
            Binding(Adam.self, "Adam", conformsTo: ["Optimizer"]) { t in
                t.initializer("init(learningRate: Double = 0.01, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, amsgrad: Bool = false)") {
                    (lr: Double, b1: Double, b2: Double, eps: Double, ams: Bool) in
                    try Adam.checked(learningRate: lr, beta1: b1, beta2: b2, epsilon: eps, amsgrad: ams)
                }
                t.property("learningRate") { $0.learningRate }
                t.property("steps") { $0.steps }
                t.mutatingMethod("step(_:gradient:)") { (a: inout Adam, x: [Double], g: [Double]) in try a.checkedStep(x, gradient: g) }
            },
            Binding(SGD.self, "SGD", conformsTo: ["Optimizer"]) { t in
                t.initializer("init(learningRate: Double = 0.01, momentum: Double = 0, nesterov: Bool = false)") {
                    (lr: Double, mu: Double, nesterov: Bool) in try SGD.checked(learningRate: lr, momentum: mu, nesterov: nesterov)
                }
                t.property("learningRate") { $0.learningRate }
                t.mutatingMethod("step(_:gradient:)") { (s: inout SGD, x: [Double], g: [Double]) in try s.checkedStep(x, gradient: g) }
            },
            Binding(LBFGS.self, "LBFGS", conformsTo: ["Optimizer"]) { t in
                t.initializer("init(memory: Int = 10, gradientTolerance: Double = 1e-10)") { (m: Int, tol: Double) in
                    try LBFGS.checked(memory: m, gradientTolerance: tol)
                }
                t.property("iterations") { $0.iterations }
                t.property("evaluations") { $0.evaluations }
            },
        ]
    }

    static var bornMachines: [Binding] {
        [
            Binding(Entangler.self, "Entangler") { t in
                t.staticProperty("ladder") { Entangler.ladder }
                t.staticProperty("ring") { Entangler.ring }
                t.staticMethod("pairs(_:)") { (p: [[Int]]) in Entangler.pairs(p) }
                t.staticMethod("chowLiu(_:)") { (d: Distribution) in Entangler.chowLiu(d) }
                t.staticMethod("lattice(rows:cols:)") { (r: Int, c: Int) in Entangler.lattice(rows: r, cols: c) }
                t.method("pairs(qubits:)") { (e: Entangler, n: Int) in try e.checkedPairs(qubits: n) }
            },
            Binding(Ansatz.self, "Ansatz") { t in
                t.staticMethod("layered(layers:)") { (l: Int) in Ansatz.layered(layers: l) }
                t.staticMethod("liuWang(depth:entangler:)") { (d: Int, e: Entangler) in Ansatz.liuWang(depth: d, entangler: e) }
                t.staticMethod("stronglyEntangling(layers:)") { (l: Int) in Ansatz.stronglyEntangling(layers: l) }
                t.method("circuit(qubits:)") { (a: Ansatz, n: Int) in try a.checkedCircuit(qubits: n) }
            },
            .closure(((Int, Double) throws -> Void).self),
            Binding(BornMachine.self, "BornMachine") { t in
                t.initializer("init(qubits: Int, layers: Int, seed: Int = 0)") { (n: Int, l: Int, seed: Int) in
                    try BornMachine.checked(qubits: n, ansatz: .layered(layers: l), seed: seed)
                }
                t.initializer("init(qubits: Int, ansatz: Ansatz, initialState: [Double]? = nil, seed: Int = 0)") {
                    (n: Int, a: Ansatz, psi: [Double]?, seed: Int) in
                    try BornMachine.checked(qubits: n, ansatz: a, initialState: psi, seed: seed)
                }
                t.initializer("init(circuit:)") { (c: Circuit) in BornMachine(circuit: c) }
                t.property("qubits") { $0.qubits }
                t.property("parameterCount") { $0.parameterCount }
                t.property("circuit") { $0.circuit }
                t.property("parameters", get: { $0.parameters }, set: { (m: inout BornMachine, v: [Double]) in try m.setParameters(v) })
                t.property("distribution") { try $0.checkedDistribution() }
                t.method("probabilities()") { (m: BornMachine) in try m.checkedProbabilities() }
                t.method("sample(shots:seed:)") { (m: BornMachine, shots: Int, seed: Int) in try m.checkedSample(shots: shots, seed: seed) }
                t.method("lossGradient(target: Distribution, loss: any Loss, seed: Int = 0) -> (value: Double, gradient: [Double])") {
                    (m: BornMachine, target: Distribution, loss: any Loss, seed: Int) in
                    try m.checkedLossGradient(target: target, loss: loss, seed: seed)
                }
                t.mutatingMethod("""
                    train(target: Distribution, loss: any Loss = MMD(), optimizer: any Optimizer = Adam(learningRate: 0.1), \
                    steps: Int = 100, seed: Int = 0, stopBelow: Double? = nil, onStep: ((Int, Double) -> Void)? = nil) -> TrainingHistory
                    """) { (m: inout BornMachine, target: Distribution, loss: any Loss, optimizer: any Optimizer, steps: Int, seed: Int,
                            stopBelow: Double?, onStep: ((Int, Double) throws -> Void)?) in
                    try m.checkedTrain(target: target, loss: loss, optimizer: optimizer, steps: steps, seed: seed,
                                       stopBelow: stopBelow, onStep: onStep)
                }
            },
            Binding(TrainingHistory.self, "TrainingHistory") { t in
                t.property("losses") { $0.losses }
                t.property("klDivergences") { $0.klDivergences }
                t.property("mmds") { $0.mmds }
                t.property("steps") { $0.steps }
                t.property("finalLoss") { $0.finalLoss }
                t.property("finalKLDivergence") { $0.finalKLDivergence }
                t.property("finalMMD") { $0.finalMMD }
                t.property("stopReason") { $0.stopReason }
            },
            .function("plot(_ history: TrainingHistory, title: String = \"\") -> Figure") { (h: TrainingHistory, title: String) in
                try checkedPlot(h, title: title)
            },
        ]
    }

    static func figureDisplay(_ f: Figure) -> RichDisplay { .figure(svg: f.svg, text: f.text, alt: f.altText, title: f.title) }
}
