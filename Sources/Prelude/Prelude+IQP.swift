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
                t.method("expectationZ(_:)") { (c: IQPCircuit, a: [Int]) in try c.checkedExpectationZ(a) }
                t.method("expectationZ(_:samples:seed:)") { (c: IQPCircuit, a: [Int], samples: Int, seed: Int) in
                    try c.checkedEstimateZ(a, samples: samples, seed: seed).value
                }
                t.method("estimateZ(_ a: [Int], samples: Int, seed: Int) -> (value: Double, standardError: Double)") {
                    (c: IQPCircuit, a: [Int], samples: Int, seed: Int) in try c.checkedEstimateZ(a, samples: samples, seed: seed)
                }
            },
        ]
    }
}
