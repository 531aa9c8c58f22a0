/// Deterministic number formatting shared by diagrams, QASM export and descriptions.
///
/// Swift's `description` of a `Double` is already locale-free and round-trips; `short` trims it
/// to a readable number of significant digits without going through `String(format:)`.
public enum NumberFormat {
    /// `x` with at most `digits` significant digits, no trailing zeros, no exponent for
    /// moderate magnitudes (1e-4 ≤ |x| < 1e6), e.g. 0.3 -> "0.3", 1/3 -> "0.333333", 2 -> "2".
    public static func short(_ x: Double, digits: Int = 6) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude < 1e-4 || magnitude >= 1e6 { return "\(x)" }
        var exponent = 0
        var probe = magnitude
        while probe >= 10 { probe /= 10; exponent += 1 }
        while probe < 1 { probe *= 10; exponent -= 1 }
        let decimals = max(0, digits - 1 - exponent)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (magnitude * scale).rounded()
        var integerPart = String(Int(scaled / scale))
        var fraction = Int((scaled - Double(Int(scaled / scale)) * scale).rounded())
        if Double(fraction) >= scale { integerPart = String(Int(integerPart)! + 1); fraction = 0 }
        var text = integerPart
        if decimals > 0 && fraction > 0 {
            var f = String(fraction)
            while f.count < decimals { f = "0" + f }
            while f.hasSuffix("0") { f.removeLast() }
            text += "." + f
        }
        return (x < 0 ? "-" : "") + text
    }

    /// An angle as a multiple of π when it is one (π/2, -3π/4, 2π), otherwise `short(x, 4)`.
    public static func angle(_ x: Double) -> String {
        for denominator in [1, 2, 3, 4, 6, 8] {
            let k = x * Double(denominator) / Double.pi
            let rounded = k.rounded()
            if rounded != 0 && abs(k - rounded) < 1e-12 {
                let n = Int(rounded)
                let numerator = n == 1 ? "π" : (n == -1 ? "-π" : "\(n)π")
                return denominator == 1 ? numerator : numerator + "/\(denominator)"
            }
        }
        return short(x, digits: 4)
    }
}
