import QGen
import QScript
import QSim

extension Prelude {
    /// Quantum autoencoders, the hybrid QVAE, and the Ising-chain ground states they compress.
    static var autoencoders: [Binding] {
        [
            Binding(QuantumAutoencoder.self, "QuantumAutoencoder") { t in
                t.initializer("init(qubits: Int, latent: Int, reps: Int = 5, seed: Int = 0)") {
                    (n: Int, latent: Int, reps: Int, seed: Int) in
                    try QuantumAutoencoder.checked(qubits: n, latent: latent, reps: reps, seed: UInt64(truncatingIfNeeded: seed))
                }
                t.staticMethod("domainWall(qubits:)") { (n: Int) in try QuantumAutoencoder.checkedDomainWall(qubits: n) }
                t.property("qubits") { $0.qubits }
                t.property("latent") { $0.latent }
                t.property("trash") { $0.trash }
                t.property("reps") { $0.reps }
                t.property("parameterCount") { $0.parameterCount }
                t.property("parameters", get: { $0.parameters }, set: { (m: inout QuantumAutoencoder, v: [Double]) in try m.setParameters(v) })
                t.property("circuit") { $0.circuit }
                t.method("trashFidelity(_:)") { (m: QuantumAutoencoder, s: StateVector) in try m.checkedTrashFidelity(s) }
                t.method("reconstructionFidelity(_:)") { (m: QuantumAutoencoder, s: StateVector) in try m.checkedReconstructionFidelity(s) }
                t.mutatingMethod("train(states: [StateVector], optimizer: any Optimizer = Adam(learningRate: 0.1), steps: Int = 200) -> AutoencoderHistory") {
                    (m: inout QuantumAutoencoder, states: [StateVector], optimizer: any Optimizer, steps: Int) in
                    try m.checkedTrain(states: states, optimizer: optimizer, steps: steps)
                }
            },
            Binding(AutoencoderHistory.self, "AutoencoderHistory") { t in
                t.property("costs") { $0.costs }
                t.property("steps") { $0.steps }
                t.property("finalCost") { $0.finalCost }
                t.property("finalFidelity") { $0.finalFidelity }
            },
            .function("plot(_ history: AutoencoderHistory, title: String = \"\") -> Figure") { (h: AutoencoderHistory, title: String) in
                try checkedPlot(h, title: title)
            },
            Binding(QVAE.self, "QVAE") { t in
                t.initializer("init(qubits: Int, latent: Int = 3, hidden: Int = 8, layers: Int = 5, scale: Double = 0.6, seed: Int = 0)") {
                    (n: Int, latent: Int, hidden: Int, layers: Int, scale: Double, seed: Int) in
                    try QVAE.checked(qubits: n, latent: latent, hidden: hidden, layers: layers, scale: scale, seed: seed)
                }
                t.property("qubits") { $0.qubits }
                t.property("latent") { $0.latent }
                t.property("scale") { $0.scale }
                t.property("parameterCount") { $0.parameterCount }
                t.property("encoder") { $0.encoder }
                t.property("decoder") { $0.decoder }
                t.method("encode(_ x: Int) -> (mean: [Double], logSigma: [Double])") { (m: QVAE, x: Int) in try m.checkedEncode(x) }
                t.method("decode(_:)") { (m: QVAE, z: [Double]) in try m.checkedDecode(z) }
                t.method("reconstruct(_:)") { (m: QVAE, x: Int) in try m.checkedReconstruct(x) }
                t.method("sample(count: Int, seed: Int = 0) -> [Int]") { (m: QVAE, count: Int, seed: Int) in try m.checkedSample(count: count, seed: seed) }
                t.mutatingMethod("""
                    train(data: Distribution, optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 300, \
                    klWeight: Double = 1, warmup: Int = 0, seed: Int = 0) -> QVAEHistory
                    """) { (m: inout QVAE, data: Distribution, optimizer: any Optimizer, steps: Int, beta: Double, warmup: Int, seed: Int) in
                    try m.checkedTrain(data: data, optimizer: optimizer, steps: steps, klWeight: beta, warmup: warmup, seed: seed)
                }
            },
            Binding(QVAEHistory.self, "QVAEHistory") { t in
                t.property("losses") { $0.losses }
                t.property("reconstructionLosses") { $0.reconstructionLosses }
                t.property("klDivergences") { $0.klDivergences }
                t.property("steps") { $0.steps }
            },
            .function("plot(_ history: QVAEHistory, title: String = \"\") -> Figure") { (h: QVAEHistory, title: String) in
                try checkedPlot(h, title: title)
            },
            Binding(IsingChain.self, "IsingChain") { t in
                t.staticMethod("groundState(qubits: Int, field: Double) -> (state: StateVector, energy: Double)") { (n: Int, h: Double) in
                    try IsingChain.checkedGroundState(qubits: n, field: h)
                }
            },
        ]
    }
}
