/// The activation of a dense layer, applied to each unit.
public enum Activation: Codable, Hashable, Sendable {
    case identity
    case relu
    case leakyReLU(Double)
    case sigmoid
    case tanh

    func value(_ z: Double) -> Double {
        switch self {
        case .identity: return z
        case .relu: return max(0, z)
        case .leakyReLU(let a): return z > 0 ? z : a * z
        case .sigmoid: return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
        case .tanh:
            let e = exp(-2 * abs(z))
            return (z >= 0 ? 1 : -1) * (1 - e) / (1 + e)
        }
    }

    /// The derivative at `z`, given `y` = value(z) (cheaper for sigmoid and tanh).
    func derivative(_ z: Double, _ y: Double) -> Double {
        switch self {
        case .identity: return 1
        case .relu: return z > 0 ? 1 : 0
        case .leakyReLU(let a): return z > 0 ? 1 : a
        case .sigmoid: return y * (1 - y)
        case .tanh: return 1 - y * y
        }
    }
}
