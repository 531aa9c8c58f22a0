#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One axis of a plot: its scale (linear or log), its range and ticks, and the mapping from
/// data values to pixel coordinates.
struct Axis {
    enum Scale { case linear, log }

    let scale: Scale
    let lo: Double
    let hi: Double
    let ticks: [(value: Double, label: String)]

    /// An axis covering `values` (finite ones; positive ones on a log axis), padded to nice ticks.
    init(covering values: [Double], scale: Scale, includeZero: Bool = false, target: Int = 5) {
        self.scale = scale
        switch scale {
        case .linear:
            var finite = values.filter(\.isFinite)
            if includeZero { finite.append(0) }
            let a = finite.min() ?? 0, b = finite.max() ?? 1
            let (ts, step) = Ticks.linear(a, b, target: target)
            lo = ts.first ?? 0
            hi = ts.last ?? 1
            ticks = ts.map { ($0, Ticks.label($0, step: step)) }
        case .log:
            let positive = values.filter { $0.isFinite && $0 > 0 }
            let a = positive.min() ?? 1, b = positive.max() ?? 10
            let ts = Ticks.logarithmic(a, b)
            lo = ts.first ?? 1
            hi = ts.last ?? 10
            ticks = ts.map { ($0, Ticks.short($0)) }
        }
    }

    /// Categorical axis: positions 0..<n with the given labels.
    init(categories n: Int) {
        scale = .linear
        lo = -0.5
        hi = Double(n) - 0.5
        ticks = []
    }

    /// The fraction 0...1 of the axis length where `v` falls (nil for values a log axis cannot show).
    func fraction(_ v: Double) -> Double? {
        guard v.isFinite else { return nil }
        switch scale {
        case .linear:
            return hi == lo ? 0.5 : (v - lo) / (hi - lo)
        case .log:
            guard v > 0 else { return nil }
            return (log10(v) - log10(lo)) / (log10(hi) - log10(lo))
        }
    }
}
