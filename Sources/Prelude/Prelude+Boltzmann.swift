import QGen
import QScript

extension Prelude {
    /// Quantum (and classical) Boltzmann machines, and Amin et al.'s data.
    static var boltzmann: [Binding] {
        [
            Binding(QuantumBoltzmannMachine.self, "QuantumBoltzmannMachine") { t in
                t.initializer("init(units: Int, transverseField: Double = 0, seed: Int = 0)") { (n: Int, gamma: Double, seed: Int) in
                    try QuantumBoltzmannMachine.checked(units: n, transverseField: gamma, seed: seed)
                }
                t.property("units") { $0.units }
                t.property("transverseField", get: { $0.transverseField },
                           set: { (m: inout QuantumBoltzmannMachine, v: Double) in try m.setTransverseField(v) })
                t.property("biases", get: { $0.biases }, set: { (m: inout QuantumBoltzmannMachine, v: [Double]) in try m.setBiases(v) })
                t.property("couplings", get: { $0.couplings }, set: { (m: inout QuantumBoltzmannMachine, v: [Double]) in try m.setCouplings(v) })
                t.property("distribution") { $0.distribution }
                t.method("probabilities()") { (m: QuantumBoltzmannMachine) in m.probabilities() }
                t.method("boundGradient(data:)") { (m: QuantumBoltzmannMachine, d: Distribution) in try m.checkedBoundGradient(data: d) }
                t.method("exactGradient(data: Distribution) -> (value: Double, gradient: [Double])") { (m: QuantumBoltzmannMachine, d: Distribution) in
                    try m.checkedExactGradient(data: d)
                }
                t.mutatingMethod("trainExact(data: Distribution, optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 200) -> BoltzmannHistory") {
                    (m: inout QuantumBoltzmannMachine, data: Distribution, optimizer: any Optimizer, steps: Int) in
                    try m.checkedTrainExact(data: data, optimizer: optimizer, steps: steps)
                }
                t.mutatingMethod("train(data: Distribution, optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 200) -> BoltzmannHistory") {
                    (m: inout QuantumBoltzmannMachine, data: Distribution, optimizer: any Optimizer, steps: Int) in
                    try m.checkedTrain(data: data, optimizer: optimizer, steps: steps)
                }
            },
            Binding(BoltzmannHistory.self, "BoltzmannHistory") { t in
                t.property("klDivergences") { $0.klDivergences }
                t.property("finalKLDivergence") { $0.finalKLDivergence }
                t.property("steps") { $0.steps }
            },
            Binding(extending: Datasets.self) { t in
                t.staticMethod("amin(units: Int, modes: Int = 8, p: Double = 0.9, seed: Int = 0) -> Distribution") {
                    (n: Int, m: Int, p: Double, seed: Int) in try Datasets.checkedAmin(units: n, modes: m, p: p, seed: seed)
                }
            },
        ]
    }
}
