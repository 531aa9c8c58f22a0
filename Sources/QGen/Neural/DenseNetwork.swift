import QSim

/// A small fully connected network, exact and deterministic: the classical discriminators and
/// encoders of the course. Weights start Glorot-uniform from a seed; `gradient` is
/// backpropagation (checked against finite differences in the tests). Parameters are one flat
/// array (layer by layer: weights row by row, then biases), so any `Optimizer` trains them.
public struct DenseNetwork: Codable, Hashable, Sendable {
    public struct Layer: Codable, Hashable, Sendable {
        /// weights[o][i]: from input i to output o.
        public var weights: [[Double]]
        public var biases: [Double]
        public var activation: Activation
    }

    public private(set) var layers: [Layer]

    /// `sizes` = [inputs, hidden…, outputs]; hidden layers use `hidden`, the last `output`.
    public init(sizes: [Int], hidden: Activation = .leakyReLU(0.2), output: Activation = .sigmoid, seed: Int = 0) {
        self = orTrap { try DenseNetwork.checked(sizes: sizes, hidden: hidden, output: output, seed: seed) }
    }

    /// `init(sizes:hidden:output:seed:)`, throwing instead of trapping.
    public static func checked(sizes: [Int], hidden: Activation = .leakyReLU(0.2), output: Activation = .sigmoid,
                               seed: Int = 0) throws(QGenError) -> DenseNetwork {
        try require(sizes.count >= 2, "a network needs at least an input and an output size, got \(sizes)")
        try require(sizes.allSatisfy { $0 >= 1 && $0 <= 4096 }, "layer sizes must be in 1...4096, got \(sizes)")
        var rng = SeededGenerator(seed: seed)
        var layers: [Layer] = []
        for l in 1..<sizes.count {
            let fanIn = sizes[l - 1], fanOut = sizes[l]
            let limit = (6.0 / Double(fanIn + fanOut)).squareRoot()
            let w = (0..<fanOut).map { _ in (0..<fanIn).map { _ in (rng.nextDouble() * 2 - 1) * limit } }
            layers.append(Layer(weights: w, biases: [Double](repeating: 0, count: fanOut),
                                activation: l == sizes.count - 1 ? output : hidden))
        }
        return DenseNetwork(layers: layers)
    }

    private init(layers: [Layer]) { self.layers = layers }

    public var inputCount: Int { layers[0].weights[0].count }
    public var outputCount: Int { layers[layers.count - 1].biases.count }
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.biases.count * ($1.weights[0].count + 1) } }

    /// All weights and biases, layer by layer.
    public var parameters: [Double] {
        get { layers.flatMap { $0.weights.flatMap { $0 } + $0.biases } }
        set { orTrap { try setParameters(newValue) } }
    }

    public mutating func setParameters(_ values: [Double]) throws(QGenError) {
        if values.count != parameterCount { throw .sizeMismatch(what: "network parameters", expected: parameterCount, got: values.count) }
        try require(values.allSatisfy(\.isFinite), "network parameters must be finite")
        var k = 0
        for l in layers.indices {
            for o in layers[l].weights.indices {
                for i in layers[l].weights[o].indices { layers[l].weights[o][i] = values[k]; k += 1 }
            }
            for o in layers[l].biases.indices { layers[l].biases[o] = values[k]; k += 1 }
        }
    }

    /// The network's output for one input.
    public func callAsFunction(_ x: [Double]) -> [Double] { orTrap { try checkedForward(x) } }

    /// The output, throwing on an input of the wrong size.
    public func checkedForward(_ x: [Double]) throws(QGenError) -> [Double] {
        if x.count != inputCount { throw .sizeMismatch(what: "network input", expected: inputCount, got: x.count) }
        return forward(x).last!.y
    }

    /// Each layer's pre-activations z and activations y (the input first as y).
    private func forward(_ x: [Double]) -> [(z: [Double], y: [Double])] {
        var trace: [(z: [Double], y: [Double])] = [(x, x)]
        var a = x
        for layer in layers {
            var z = layer.biases
            for o in z.indices {
                var s = z[o]
                let row = layer.weights[o]
                for i in row.indices { s += row[i] * a[i] }
                z[o] = s
            }
            let y = z.map { layer.activation.value($0) }
            trace.append((z, y))
            a = y
        }
        return trace
    }

    /// Backpropagation: for dL/d(output) at input x, dL/d(parameters) (flat, as `parameters`)
    /// and dL/d(input).
    public func gradient(at x: [Double], outputGradient: [Double]) -> (parameters: [Double], input: [Double]) {
        orTrap { try checkedGradient(at: x, outputGradient: outputGradient) }
    }

    public func checkedGradient(at x: [Double], outputGradient g: [Double]) throws(QGenError) -> (parameters: [Double], input: [Double]) {
        if x.count != inputCount { throw .sizeMismatch(what: "network input", expected: inputCount, got: x.count) }
        if g.count != outputCount { throw .sizeMismatch(what: "output gradient", expected: outputCount, got: g.count) }
        let trace = forward(x)
        var delta = g   // dL/dy of the current layer
        var perLayer: [[Double]] = Array(repeating: [], count: layers.count)
        for l in stride(from: layers.count - 1, through: 0, by: -1) {
            let layer = layers[l]
            let (z, y) = trace[l + 1]
            let input = trace[l].y
            let dz = z.indices.map { delta[$0] * layer.activation.derivative(z[$0], y[$0]) }
            var grad: [Double] = []
            grad.reserveCapacity(layer.biases.count * (input.count + 1))
            for o in dz.indices { for i in input.indices { grad.append(dz[o] * input[i]) } }
            grad += dz
            perLayer[l] = grad
            var next = [Double](repeating: 0, count: input.count)
            for o in dz.indices { for i in input.indices { next[i] += layer.weights[o][i] * dz[o] } }
            delta = next
        }
        return (perLayer.flatMap { $0 }, delta)
    }
}

/// Binary cross-entropy −[t log y + (1 − t) log(1 − y)] and its derivative in y, with y kept
/// inside [ε, 1 − ε] (ε = 1e-12) so a saturated prediction costs a large finite amount.
public func binaryCrossEntropy(_ y: Double, label t: Double) -> (value: Double, derivative: Double) {
    let e = 1e-12
    let p = min(max(y, e), 1 - e)
    return (-(t * log(p) + (1 - t) * log(1 - p)), -(t / p) + (1 - t) / (1 - p))
}
