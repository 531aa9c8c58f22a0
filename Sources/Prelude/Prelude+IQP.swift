import QGen
import QScript

extension Prelude {
    /// IQP circuits: exact probabilities and ⟨Z_a⟩, and the classical Monte Carlo estimator.
    static var iqp: [Binding] {
        [
            Binding(IQPCircuit.self, "IQPCircuit") { t in
                t.initializer("init(qubits: Int, gates: [[Int]], parameters: [Double], spinSymmetric: Bool = false)") {
                    (n: Int, gates: [[Int]], theta: [Double], symmetric: Bool) in
                    try IQPCircuit.checked(qubits: n, gates: gates, parameters: theta, spinSymmetric: symmetric)
                }
                t.property("spinSymmetric") { $0.spinSymmetric }
                t.method("bitFlipExpectationZ(_:)") { (c: IQPCircuit, a: [Int]) in try c.checkedBitFlipExpectationZ(a) }
                t.method("bitFlipSamples(count:seed:)") { (c: IQPCircuit, n: Int, seed: Int) in try c.checkedBitFlipSamples(count: n, seed: seed) }
                t.property("qubits") { $0.qubits }
                t.property("gates") { $0.gates }
                t.property("parameters") { $0.parameters }
                t.property("circuit") { try $0.checkedCircuit() }
                t.method("probabilities()") { (c: IQPCircuit) in try c.checkedProbabilities() }
                t.property("isProduct") { (c: IQPCircuit) in c.isProduct }
                t.method("productExpectationZ(_:)") { (c: IQPCircuit, a: [Int]) in try c.checkedProductExpectationZ(a) }
                t.method("productSamples(count:seed:)") { (c: IQPCircuit, n: Int, seed: Int) in try c.checkedProductSamples(count: n, seed: seed) }
                t.method("expectationZ(_:)") { (c: IQPCircuit, a: [Int]) in try c.checkedExpectationZ(a) }
                t.method("expectationZ(_:samples:seed:)") { (c: IQPCircuit, a: [Int], samples: Int, seed: Int) in
                    try c.checkedEstimateZ(a, samples: samples, seed: seed).value
                }
                t.method("estimateZ(_ a: [Int], samples: Int, seed: Int) -> (value: Double, standardError: Double)") {
                    (c: IQPCircuit, a: [Int], samples: Int, seed: Int) in try c.checkedEstimateZ(a, samples: samples, seed: seed)
                }
            },
            Binding(IQPModel.self, "IQPModel") { t in
                t.initializer("init(qubits: Int, gates: [[Int]], bandwidth: Double, seed: Int = 0)") {
                    (n: Int, gates: [[Int]], sigma: Double, seed: Int) in try IQPModel.checked(qubits: n, gates: gates, bandwidth: sigma, seed: seed)
                }
                t.initializer("""
                    init(qubits: Int, gates: [[Int]], bandwidths: [Double], spinSymmetric: Bool = false, bitFlip: Bool = false,                     initialScale: Double = 0.1, seed: Int = 0)
                    """) { (n: Int, gates: [[Int]], sigmas: [Double], symmetric: Bool, bitFlip: Bool, scale: Double, seed: Int) in
                    try IQPModel.checked(qubits: n, gates: gates, bandwidths: sigmas, spinSymmetric: symmetric, bitFlip: bitFlip,
                                         initialScale: scale, seed: seed)
                }
                t.staticMethod("allGates(qubits:maxWeight:)") { (n: Int, k: Int) in try IQPModel.checkedAllGates(qubits: n, maxWeight: k) }
                t.staticMethod("chainGates(qubits: Int, range: Int = 2) -> [[Int]]") { (n: Int, r: Int) in try IQPModel.checkedChainGates(qubits: n, range: r) }
                t.staticMethod("graphGates(qubits: Int, edges: [[Int]], maxWeight: Int = 2) -> [[Int]]") { (n: Int, edges: [[Int]], k: Int) in
                    try IQPModel.checkedGraphGates(qubits: n, edges: edges, maxWeight: k)
                }
                t.staticMethod("latticeEdges(rows: Int, cols: Int, periodic: Bool = true) -> [[Int]]") { (r: Int, c: Int, periodic: Bool) in
                    try IQPModel.checkedLatticeEdges(rows: r, cols: c, periodic: periodic)
                }
                t.staticMethod("medianHeuristic(data:)") { (data: [[Int]]) in try IQPModel.checkedMedianHeuristic(data: data) }
                t.staticMethod("bandwidthHeuristic(data: [[Int]], count: Int = 1) -> [Double]") { (data: [[Int]], count: Int) in
                    try IQPModel.checkedBandwidthHeuristic(data: data, count: count)
                }
                t.staticMethod("operatorDensity(bandwidth:)") { (sigma: Double) in IQPModel.operatorDensity(bandwidth: sigma) }
                t.property("bandwidths") { $0.bandwidths }
                t.mutatingMethod("initializeParameters(from:)") { (m: inout IQPModel, data: [[Int]]) in try m.checkedInitializeParameters(from: data) }
                t.property("bitFlip") { $0.bitFlip }
                t.method("sample(count:seed:)") { (m: IQPModel, n: Int, seed: Int) in try m.checkedSample(count: n, seed: seed) }
                t.method("""
                    testMMD(data: [[Int]], bandwidth: Double, operators: Int = 3000, samples: Int = 3000, repeats: Int = 20, seed: Int = 0)                     -> MMDEstimate
                    """) { (m: IQPModel, data: [[Int]], sigma: Double, ops: Int, samples: Int, repeats: Int, seed: Int) in
                    try m.checkedTestMMD(data: data, bandwidth: sigma, operators: ops, samples: samples, repeats: repeats, seed: seed)
                }
                t.staticMethod("""
                    uniformTestMMD(data: [[Int]], bandwidth: Double, operators: Int = 3000, repeats: Int = 20, seed: Int = 0) -> MMDEstimate
                    """) { (data: [[Int]], sigma: Double, ops: Int, repeats: Int, seed: Int) in
                    try IQPModel.checkedUniformTestMMD(data: data, bandwidth: sigma, operators: ops, repeats: repeats, seed: seed)
                }
                t.staticMethod("""
                    sampleTestMMD(samples: [[Int]], data: [[Int]], bandwidth: Double, operators: Int = 3000, repeats: Int = 20,                     seed: Int = 0) -> MMDEstimate
                    """) { (rows: [[Int]], data: [[Int]], sigma: Double, ops: Int, repeats: Int, seed: Int) in
                    try IQPModel.checkedSampleTestMMD(samples: rows, data: data, bandwidth: sigma, operators: ops, repeats: repeats, seed: seed)
                }
                t.property("circuit") { $0.circuit }
                t.property("bandwidth") { $0.bandwidth }
                t.property("qubits") { $0.qubits }
                t.property("operatorDensity") { $0.operatorDensity }
                t.method("lossGradient(data: [[Int]], operators: Int, samples: Int, seed: Int) -> (value: Double, gradient: [Double])") {
                    (m: IQPModel, data: [[Int]], ops: Int, samples: Int, seed: Int) in
                    try m.checkedLossGradient(data: data, operators: ops, samples: samples, seed: seed)
                }
                t.method("exactMMD(data:)") { (m: IQPModel, d: Distribution) in try m.checkedExactMMD(data: d) }
                t.mutatingMethod("""
                    train(data: [[Int]], optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 100,                     operators: Int = 1000, samples: Int = 1000, seed: Int = 0, convergenceInterval: Int = 0) -> [Double]
                    """) { (m: inout IQPModel, data: [[Int]], opt: any Optimizer, steps: Int, ops: Int, samples: Int, seed: Int, k: Int) in
                    try m.checkedTrain(data: data, optimizer: opt, steps: steps, operators: ops, samples: samples, seed: seed, convergenceInterval: k)
                }
            },
            Binding(MMDEstimate.self, "MMDEstimate") { t in
                t.property("bandwidth") { $0.bandwidth }
                t.property("mean") { $0.mean }
                t.property("standardError") { $0.standardError }
                t.property("estimates") { $0.estimates }
            },
            Binding(PublishedMMD.self, "PublishedMMD") { t in
                t.property("model") { $0.model }
                t.property("bandwidth") { $0.bandwidth }
                t.property("value") { $0.value }
                t.property("standardError") { $0.standardError }
            },
            Binding(extending: Datasets.self) { t in
                t.staticProperty("ising4x4Train") { Datasets.ising4x4Train }
                t.staticProperty("ising4x4Test") { Datasets.ising4x4Test }
                t.staticProperty("ising4x4MMDTable") { Datasets.ising4x4MMDTable }
            },
            Binding(extending: IsingChain.self) { t in
                t.staticMethod("""
                    thermalSamples(spins: Int, coupling: Double = 1, temperature: Double, periodic: Bool = false, count: Int, seed: Int)                     -> [[Int]]
                    """) { (n: Int, j: Double, temperature: Double, periodic: Bool, count: Int, seed: Int) in
                    try IsingChain.checkedThermalSamples(spins: n, coupling: j, temperature: temperature, periodic: periodic, count: count, seed: seed)
                }
                t.staticMethod("""
                    correlation(distance: Int, spins: Int, coupling: Double = 1, temperature: Double, periodic: Bool = false) -> Double
                    """) { (r: Int, n: Int, j: Double, temperature: Double, periodic: Bool) in
                    IsingChain.correlation(distance: r, spins: n, coupling: j, temperature: temperature, periodic: periodic)
                }
            },
        ]
    }
}
