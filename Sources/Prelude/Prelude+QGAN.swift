import QGen
import QScript
import QSim

extension Prelude {
    /// The small neural networks and quantum GANs of QGen.
    static var gans: [Binding] {
        [
            Binding(Activation.self, "Activation") { t in
                t.staticProperty("identity") { Activation.identity }
                t.staticProperty("relu") { Activation.relu }
                t.staticProperty("sigmoid") { Activation.sigmoid }
                t.staticProperty("tanh") { Activation.tanh }
                t.staticMethod("leakyReLU(_:)") { (a: Double) in Activation.leakyReLU(a) }
            },
            Binding(DenseNetwork.self, "DenseNetwork") { t in
                t.initializer("init(sizes: [Int], hidden: Activation = .leakyReLU(0.2), output: Activation = .sigmoid, seed: Int = 0)") {
                    (sizes: [Int], hidden: Activation, output: Activation, seed: Int) in
                    try DenseNetwork.checked(sizes: sizes, hidden: hidden, output: output, seed: seed)
                }
                t.property("inputCount") { $0.inputCount }
                t.property("outputCount") { $0.outputCount }
                t.property("parameterCount") { $0.parameterCount }
                t.property("parameters", get: { $0.parameters }, set: { (n: inout DenseNetwork, v: [Double]) in try n.setParameters(v) })
                t.method("callAsFunction(_:)") { (n: DenseNetwork, x: [Double]) in try n.checkedForward(x) }
                t.method("gradient(at: [Double], outputGradient: [Double]) -> (parameters: [Double], input: [Double])") {
                    (n: DenseNetwork, x: [Double], g: [Double]) in try n.checkedGradient(at: x, outputGradient: g)
                }
            },
            .function("binaryCrossEntropy(_ y: Double, label: Double) -> (value: Double, derivative: Double)") { (y: Double, t: Double) in
                binaryCrossEntropy(y, label: t)
            },
            Binding(extending: Datasets.self) { t in
                t.staticMethod("roundedLogNormal(qubits: Int, mu: Double = 1, sigma: Double = 1, count: Int = 20_000, seed: Int = 0) -> Distribution") {
                    (n: Int, mu: Double, sigma: Double, count: Int, seed: Int) in
                    try Datasets.checkedRoundedLogNormal(qubits: n, mu: mu, sigma: sigma, count: count, seed: seed)
                }
            },
            Binding(extending: Ansatz.self) { t in
                t.staticMethod("ryCZ(reps:)") { (r: Int) in Ansatz.ryCZ(reps: r) }
            },
            Binding(QGAN.Encoding.self, "QGAN.Encoding") { t in
                t.staticProperty("integer") { QGAN.Encoding.integer }
                t.staticProperty("bits") { QGAN.Encoding.bits }
            },
            .closure(((Int, Double, Double) throws -> Void).self),
            Binding(QGAN.self, "QGAN") { t in
                t.initializer("init(generator: BornMachine, discriminator: DenseNetwork, data: Distribution, encoding: QGAN.Encoding = .integer)") {
                    (g: BornMachine, d: DenseNetwork, data: Distribution, e: QGAN.Encoding) in
                    try QGAN.checked(generator: g, discriminator: d, data: data, encoding: e)
                }
                t.property("generator") { $0.generator }
                t.property("discriminator") { $0.discriminator }
                t.property("data") { $0.data }
                t.method("discriminatorOutputs()") { (q: QGAN) in q.discriminatorOutputs() }
                t.mutatingMethod("""
                    train(epochs: Int, generatorOptimizer: any Optimizer = Adam(learningRate: 0.05), \
                    discriminatorOptimizer: any Optimizer = Adam(learningRate: 0.01), discriminatorSteps: Int = 1, \
                    generatorSteps: Int = 1, onEpoch: ((Int, Double, Double) -> Void)? = nil) -> QGANHistory
                    """) { (q: inout QGAN, epochs: Int, g: any Optimizer, d: any Optimizer, ds: Int, gs: Int,
                            onEpoch: ((Int, Double, Double) throws -> Void)?) in
                    try q.checkedTrain(epochs: epochs, generatorOptimizer: g, discriminatorOptimizer: d,
                                       discriminatorSteps: ds, generatorSteps: gs, onEpoch: onEpoch)
                }
            },
            Binding(QuantumGAN.self, "QuantumGAN") { t in
                t.initializer("init(real: Circuit, generator: Circuit, discriminator: Circuit, output: Int)") {
                    (r: Circuit, g: Circuit, d: Circuit, o: Int) in
                    try QuantumGAN.checked(real: r, generator: g, discriminator: d, output: o)
                }
                t.property("real") { $0.real }
                t.property("generator") { $0.generator }
                t.property("discriminator") { $0.discriminator }
                t.property("output") { $0.output }
                t.property("realJudgedReal") { try $0.checkedJudgedReal(fake: false) }
                t.property("fakeJudgedReal") { try $0.checkedJudgedReal(fake: true) }
                t.mutatingMethod("trainDiscriminator(steps: Int, optimizer: any Optimizer = SGD(learningRate: 0.4)) -> [Double]") {
                    (q: inout QuantumGAN, steps: Int, o: any Optimizer) in try q.checkedTrainDiscriminator(steps: steps, optimizer: o)
                }
                t.mutatingMethod("trainGenerator(steps: Int, optimizer: any Optimizer = SGD(learningRate: 0.4)) -> [Double]") {
                    (q: inout QuantumGAN, steps: Int, o: any Optimizer) in try q.checkedTrainGenerator(steps: steps, optimizer: o)
                }
            },
            Binding(QGANHistory.self, "QGANHistory") { t in
                t.property("epochs") { $0.epochs }
                t.property("generatorLosses") { $0.generatorLosses }
                t.property("discriminatorLosses") { $0.discriminatorLosses }
                t.property("relativeEntropies") { $0.relativeEntropies }
                t.property("kolmogorovSmirnov") { $0.kolmogorovSmirnov }
            },
        ]
    }
}
