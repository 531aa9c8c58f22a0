#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `x` rounded down to an Int within `lo...hi`; NaN gives `lo`. (Charts never trap on odd data.)
func clampedInt(_ x: Double, _ lo: Int, _ hi: Int) -> Int {
    guard !x.isNaN else { return lo }
    return Int(max(Double(lo), min(Double(hi), x.rounded(.down))))
}

/// Axis ticks: "nice" values by the 1-2-5 rule on linear axes, decades on log axes, and their
/// labels, formatted the same way on every platform.
public enum Ticks {
    /// About `target` evenly spaced values covering [lo, hi], at multiples of 1, 2 or 5 × 10^k.
    public static func linear(_ lo: Double, _ hi: Double, target: Int = 5) -> (values: [Double], step: Double) {
        guard lo.isFinite, hi.isFinite else { return ([0, 1], 1) }
        var (a, b) = (min(lo, hi), max(lo, hi))
        if a == b {
            let pad = a == 0 ? 1 : abs(a) * 0.1
            a -= pad
            b += pad
        }
        let raw = (b - a) / Double(max(1, target))
        guard raw.isFinite, raw > 0 else { return ([a, b].filter(\.isFinite), 1) }
        var magnitude = pow10(Int((log10(raw)).rounded(.down)))
        if magnitude > raw { magnitude /= 10 }
        if magnitude * 10 <= raw { magnitude *= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw * 0.999 } ?? 10 * magnitude
        let first = (a / step).rounded(.down) * step
        let last = (b / step).rounded(.up) * step
        var values: [Double] = []
        var k = 0
        while true {
            let v = first + Double(k) * step
            if v > last + step * 1e-9 || k > 1000 { break }
            values.append(abs(v) < step * 1e-9 ? 0 : v)
            k += 1
        }
        return (values, step)
    }

    /// Powers of ten covering [lo, hi] (both positive), thinned to at most `maximum` labels.
    public static func logarithmic(_ lo: Double, _ hi: Double, maximum: Int = 8) -> [Double] {
        guard lo > 0, hi > 0, lo.isFinite, hi.isFinite else { return [1, 10] }
        var a = Int(log10(min(lo, hi)).rounded(.down)), b = Int(log10(max(lo, hi)).rounded(.up))
        if a == b { a -= 1; b += 1 }
        let every = max(1, (b - a + maximum - 1) / maximum)
        return stride(from: a, through: b, by: every).map { pow10($0) }
    }

    /// 10^k exactly for the integer powers a chart needs.
    static func pow10(_ k: Int) -> Double {
        var r = 1.0
        if k >= 0 { for _ in 0..<min(k, 308) { r *= 10 } } else { for _ in 0..<min(-k, 323) { r /= 10 } }
        return r
    }

    /// A tick label: enough decimals for `step`, or exponent form for very large and very small
    /// values. Steps below 0.001 put every tick of the axis in exponent form, so one axis never
    /// mixes "0.00015" with "5e-5".
    public static func label(_ v: Double, step: Double) -> String {
        if v == 0 { return "0" }
        let a = abs(v)
        if a >= 1e6 || a < 1e-4 || (step > 0 && step < 1e-3) { return exponent(v) }
        let decimals = step > 0 && step.isFinite ? max(0, min(6, -Int(log10(step).rounded(.down)))) : 2
        return fixed(v, decimals: decimals)
    }

    /// `v` with exactly `decimals` decimals (trailing zeros kept), "-" only when nonzero.
    public static func fixed(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
        let scale = pow10(decimals)
        let n = (abs(v) * scale).rounded()
        if n == 0 { return decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals) }
        let text: String
        if n < 1e15 {
            let units = Int(n)
            let whole = units / Int(scale)
            let frac = units % Int(scale)
            if decimals == 0 {
                text = "\(whole)"
            } else {
                let f = String(frac)
                text = "\(whole)." + String(repeating: "0", count: decimals - f.count) + f
            }
        } else {
            return exponent(v)
        }
        return (v < 0 ? "-" : "") + text
    }

    /// `2.5e-05` → "2.5e-5": at most three significant digits.
    public static func exponent(_ v: Double) -> String {
        guard v.isFinite, v != 0 else { return fixed(v, decimals: 0) }
        var e = Int(log10(abs(v)).rounded(.down))
        var m = abs(v) / pow10(e)
        m = (m * 100).rounded() / 100
        if m >= 10 { m /= 10; e += 1 }
        var digits = fixed(m, decimals: 2)
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.hasSuffix(".") { digits.removeLast() }
        return (v < 0 ? "-" : "") + digits + "e" + String(e)
    }

    /// A short value label (for bars, colour bars, text renderings): three significant digits.
    public static func short(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
        if v == 0 { return "0" }
        let a = abs(v)
        if a >= 1e5 || a < 1e-3 { return exponent(v) }
        let decimals = max(0, 2 - Int(log10(a).rounded(.down)))
        var s = fixed(v, decimals: decimals)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}

