/// A complex number of two `Double`s, the scalar of state vectors and gate matrices.
///
/// QSim keeps state vectors as separate real and imaginary arrays for speed; `Complex` is the
/// type of the public API (amplitudes, matrices) and of scalar arithmetic.
public struct Complex: Codable, Hashable, Sendable {
    public var re: Double
    public var im: Double

    @inlinable public init(_ re: Double, _ im: Double = 0) {
        self.re = re
        self.im = im
    }

    public static let zero = Complex(0, 0)
    public static let one = Complex(1, 0)
    public static let i = Complex(0, 1)

    /// iᵏ (k ≥ 0): 1, i, −1, −i.
    static func iPower(_ k: Int) -> Complex {
        switch k % 4 {
        case 0: .one
        case 1: .i
        case 2: -.one
        default: -.i
        }
    }

    /// e^{iθ}.
    public static func exp(i theta: Double) -> Complex {
        Complex(cos(theta), sin(theta))
    }

    @inlinable public var conjugate: Complex { Complex(re, -im) }
    @inlinable public var magnitudeSquared: Double { re * re + im * im }
    @inlinable public var magnitude: Double { magnitudeSquared.squareRoot() }

    @inlinable public static func + (a: Complex, b: Complex) -> Complex { Complex(a.re + b.re, a.im + b.im) }
    @inlinable public static func - (a: Complex, b: Complex) -> Complex { Complex(a.re - b.re, a.im - b.im) }
    @inlinable public static prefix func - (a: Complex) -> Complex { Complex(-a.re, -a.im) }
    @inlinable public static func * (a: Complex, b: Complex) -> Complex {
        Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }
    @inlinable public static func * (a: Double, b: Complex) -> Complex { Complex(a * b.re, a * b.im) }
    @inlinable public static func * (a: Complex, b: Double) -> Complex { Complex(a.re * b, a.im * b) }
    @inlinable public static func / (a: Complex, b: Double) -> Complex { Complex(a.re / b, a.im / b) }
    @inlinable public static func += (a: inout Complex, b: Complex) { a = a + b }
    @inlinable public static func -= (a: inout Complex, b: Complex) { a = a - b }
    @inlinable public static func *= (a: inout Complex, b: Complex) { a = a * b }

    /// True when both parts differ by at most `tolerance`.
    public func isApproximatelyEqual(to other: Complex, tolerance: Double = 1e-12) -> Bool {
        abs(re - other.re) <= tolerance && abs(im - other.im) <= tolerance
    }
}

extension Complex: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public init(floatLiteral value: Double) { self.init(value, 0) }
    public init(integerLiteral value: Int) { self.init(Double(value), 0) }
}

extension Complex: CustomStringConvertible {
    /// A stable rendering, e.g. `0.7071-0.5i`, with up to 6 significant digits.
    public var description: String {
        if im == 0 { return NumberFormat.short(re) }
        if re == 0 { return NumberFormat.short(im) + "i" }
        let sign = im < 0 ? "-" : "+"
        return NumberFormat.short(re) + sign + NumberFormat.short(abs(im)) + "i"
    }
}
