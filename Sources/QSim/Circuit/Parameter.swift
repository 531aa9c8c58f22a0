/// A trainable parameter of a circuit, possibly scaled and shifted: `scale · θ[index] + offset`.
///
/// Made by `Circuit.addParameter(_:value:)`; pass it where an angle goes (`c.ry(theta, 0)`,
/// `c.rz(2 * theta, 1)`, `c.rx(theta + .pi / 2, 2)`). Gates remember it, so the circuit knows which
/// gates read which parameter and gradients come for all parameters at once (chain rule included).
public struct Parameter: Codable, Hashable, Sendable {
    public let index: Int
    public var scale: Double
    public var offset: Double

    public init(index: Int, scale: Double = 1, offset: Double = 0) {
        self.index = index
        self.scale = scale
        self.offset = offset
    }

    public static func * (k: Double, p: Parameter) -> Parameter {
        Parameter(index: p.index, scale: k * p.scale, offset: k * p.offset)
    }
    public static func * (p: Parameter, k: Double) -> Parameter { k * p }
    public static func / (p: Parameter, k: Double) -> Parameter { (1 / k) * p }
    public static func + (p: Parameter, k: Double) -> Parameter {
        Parameter(index: p.index, scale: p.scale, offset: p.offset + k)
    }
    public static func + (k: Double, p: Parameter) -> Parameter { p + k }
    public static func - (p: Parameter, k: Double) -> Parameter { p + (-k) }
    public static prefix func - (p: Parameter) -> Parameter { -1 * p }
}

/// The angle a gate reads: a constant, or an affine function of one circuit parameter.
public enum Angle: Codable, Hashable, Sendable {
    case constant(Double)
    case parameter(Parameter)

    /// The angle's value for the given parameter values.
    @inlinable public func value(_ parameters: [Double]) -> Double {
        switch self {
        case let .constant(v): return v
        case let .parameter(p): return p.scale * parameters[p.index] + p.offset
        }
    }

    /// The parameter this angle reads, if any.
    public var parameter: Parameter? {
        if case let .parameter(p) = self { return p }
        return nil
    }

    /// −angle (for inverses).
    public var negated: Angle {
        switch self {
        case let .constant(v): return .constant(-v)
        case let .parameter(p): return .parameter(-p)
        }
    }
}

extension Angle: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public init(floatLiteral value: Double) { self = .constant(value) }
    public init(integerLiteral value: Int) { self = .constant(Double(value)) }
}
