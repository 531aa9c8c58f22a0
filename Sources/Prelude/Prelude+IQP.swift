import QGen
import QScript

extension Prelude {
    /// IQP circuits: exact probabilities and ⟨Z_a⟩, and the classical Monte Carlo estimator.
    static var iqp: [Binding] {
        [
            Binding(IQPCircuit.self, "IQPCircuit") { t in
                t.initializer("init(qubits: Int, gates: [[Int]], parameters: [Double])") { (n: Int, gates: [[Int]], theta: [Double]) in
                    try IQPCircuit.checked(qubits: n, gates: gates, parameters: theta)
                }
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
                t.staticMethod("allGates(qubits:maxWeight:)") { (n: Int, k: Int) in IQPModel.allGates(qubits: n, maxWeight: k) }
                t.staticMethod("chainGates(qubits: Int, range: Int = 2) -> [[Int]]") { (n: Int, r: Int) in IQPModel.chainGates(qubits: n, range: r) }
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
                    train(data: [[Int]], optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 100,                     operators: Int = 1000, samples: Int = 1000, seed: Int = 0) -> [Double]
                    """) { (m: inout IQPModel, data: [[Int]], opt: any Optimizer, steps: Int, ops: Int, samples: Int, seed: Int) in
                    try m.checkedTrain(data: data, optimizer: opt, steps: steps, operators: ops, samples: samples, seed: seed)
                }
            },
        ]
    }
}
