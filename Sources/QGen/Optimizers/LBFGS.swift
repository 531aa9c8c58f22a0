/// Limited-memory BFGS (Nocedal & Wright, Algorithms 7.4 and 3.5–3.6): the two-loop recursion
/// over the last `memory` curvature pairs, scaled by γ = sᵀy/yᵀy, and a line search that
/// satisfies the strong Wolfe conditions (c₁ = 1e-4, c₂ = 0.9) by bracketing and cubic
/// interpolation. Each iteration evaluates the objective once or a few times; the value and
/// gradient at the accepted point are kept, so the next iteration starts without re-evaluating.
/// When the gradient is below `gradientTolerance` (max norm) it stays where it is.
public struct LBFGS: Codable, Optimizer, CustomStringConvertible {
    public let memory: Int
    public let gradientTolerance: Double
    /// The number of iterations and of objective evaluations so far.
    public private(set) var iterations = 0
    public private(set) var evaluations = 0
    private var pairs: [CurvaturePair] = []
    private var cached: Evaluation?

    /// One step s = xₖ₊₁ − xₖ, the gradient change y, and ρ = 1/sᵀy.
    private struct CurvaturePair: Codable {
        var s: [Double], y: [Double], rho: Double
    }

    /// The objective at the accepted point.
    private struct Evaluation: Codable {
        var x: [Double], value: Double, gradient: [Double]
    }

    public init(memory: Int = 10, gradientTolerance: Double = 1e-10) {
        self = orTrap { try LBFGS.checked(memory: memory, gradientTolerance: gradientTolerance) }
    }

    /// `init(memory:gradientTolerance:)`, throwing instead of trapping.
    public static func checked(memory: Int = 10, gradientTolerance: Double = 1e-10) throws(QGenError) -> LBFGS {
        try require(memory >= 1 && memory <= 1000, "memory must be in 1...1000, got \(memory)")
        try require(gradientTolerance.isFinite && gradientTolerance >= 0, "the gradient tolerance must be non-negative, got \(gradientTolerance)")
        return LBFGS(unchecked: memory, gradientTolerance)
    }

    private init(unchecked memory: Int, _ tolerance: Double) {
        self.memory = memory
        gradientTolerance = tolerance
    }

    public mutating func reset() { pairs = []; cached = nil; iterations = 0; evaluations = 0 }

    public var description: String { "LBFGS(memory: \(memory))" }

    public mutating func iterate(_ x: [Double],
                                 objective: ([Double]) throws -> (value: Double, gradient: [Double])) throws -> (parameters: [Double], value: Double) {
        var count = 0
        func evaluate(_ p: [Double]) throws -> (value: Double, gradient: [Double]) {
            count += 1
            let r = try objective(p)
            if r.gradient.count != p.count { throw QGenError.sizeMismatch(what: "gradient length", expected: p.count, got: r.gradient.count) }
            return r
        }
        defer { evaluations += count }
        let start: (value: Double, gradient: [Double])
        if let c = cached, c.x == x { start = (c.value, c.gradient) } else {
            start = try evaluate(x)
            pairs = []
        }
        iterations += 1
        let (f0, g0) = start
        if !f0.isFinite || !g0.allSatisfy(\.isFinite) { throw QGenError.diverged(step: iterations) }
        if g0.reduce(0, { max($0, abs($1)) }) <= gradientTolerance {
            cached = Evaluation(x: x, value: f0, gradient: g0)
            return (x, f0)
        }
        var d = direction(g0)
        var slope = dot(d, g0)
        if !(slope < 0) { pairs = []; d = g0.map { -$0 }; slope = -dot(g0, g0) }
        let first = pairs.isEmpty
        let alpha0 = first ? min(1, 1 / max(1e-300, g0.reduce(0) { $0 + abs($1) })) : 1
        let found = try lineSearch(x: x, f0: f0, slope: slope, d: d, alpha0: alpha0, evaluate: evaluate)
        guard let (alpha, f1, g1) = found else {
            // No acceptable step: keep x (the caller sees the parameters unchanged) and drop curvature.
            pairs = []
            cached = Evaluation(x: x, value: f0, gradient: g0)
            return (x, f0)
        }
        let next = zip(x, d).map { $0 + alpha * $1 }
        let s = d.map { alpha * $0 }
        let y = zip(g1, g0).map { $0 - $1 }
        let sy = dot(s, y)
        if sy > 1e-12 * dot(y, y).squareRoot() * dot(s, s).squareRoot() {
            pairs.append(CurvaturePair(s: s, y: y, rho: 1 / sy))
            if pairs.count > memory { pairs.removeFirst() }
        }
        cached = Evaluation(x: next, value: f1, gradient: g1)
        return (next, f0)
    }

    /// −H·g by the two-loop recursion.
    private func direction(_ g: [Double]) -> [Double] {
        var q = g
        var alphas = [Double](repeating: 0, count: pairs.count)
        for i in pairs.indices.reversed() {
            alphas[i] = pairs[i].rho * dot(pairs[i].s, q)
            for j in q.indices { q[j] -= alphas[i] * pairs[i].y[j] }
        }
        if let last = pairs.last {
            let gamma = dot(last.s, last.y) / dot(last.y, last.y)
            for j in q.indices { q[j] *= gamma }
        }
        for i in pairs.indices {
            let beta = pairs[i].rho * dot(pairs[i].y, q)
            for j in q.indices { q[j] += (alphas[i] - beta) * pairs[i].s[j] }
        }
        return q.map { -$0 }
    }

    private func lineSearch(x: [Double], f0: Double, slope: Double, d: [Double], alpha0: Double,
                            evaluate: ([Double]) throws -> (value: Double, gradient: [Double])) throws -> (Double, Double, [Double])? {
        let c1 = 1e-4, c2 = 0.9
        func at(_ a: Double) throws -> (f: Double, g: [Double], slope: Double) {
            let r = try evaluate(zip(x, d).map { $0 + a * $1 })
            return (r.value, r.gradient, dot(r.gradient, d))
        }
        var prev = (a: 0.0, f: f0, slope: slope)
        var a = alpha0
        for i in 0..<25 {
            let r = try at(a)
            if !r.f.isFinite || r.f > f0 + c1 * a * slope || (i > 0 && r.f >= prev.f) {
                return try zoom(lo: prev, hi: (a, r.f, r.slope), f0: f0, slope0: slope, at: at)
            }
            if abs(r.slope) <= -c2 * slope { return (a, r.f, r.g) }
            if r.slope >= 0 {
                return try zoom(lo: (a, r.f, r.slope), hi: prev, f0: f0, slope0: slope, at: at)
            }
            prev = (a, r.f, r.slope)
            a *= 2
        }
        return nil
    }

    private func zoom(lo start: (a: Double, f: Double, slope: Double), hi end: (a: Double, f: Double, slope: Double),
                      f0: Double, slope0: Double,
                      at: (Double) throws -> (f: Double, g: [Double], slope: Double)) throws -> (Double, Double, [Double])? {
        let c1 = 1e-4, c2 = 0.9
        var lo = start, hi = end
        var best: (Double, Double, [Double])?
        for _ in 0..<30 {
            let a = interpolate(lo, hi)
            let r = try at(a)
            if !r.f.isFinite || r.f > f0 + c1 * a * slope0 || r.f >= lo.f {
                hi = (a, r.f, r.slope)
            } else {
                if abs(r.slope) <= -c2 * slope0 { return (a, r.f, r.g) }
                best = (a, r.f, r.g)
                if r.slope * (hi.a - lo.a) >= 0 { hi = lo }
                lo = (a, r.f, r.slope)
            }
            if abs(hi.a - lo.a) <= 1e-14 * max(1, abs(lo.a)) { break }
        }
        // Bracket collapsed: accept the best point with sufficient decrease, if any.
        return best
    }

    /// The minimiser of the cubic through two points and their slopes, kept inside the middle
    /// 80% of the bracket (bisection when the cubic has no usable minimum).
    private func interpolate(_ p: (a: Double, f: Double, slope: Double), _ q: (a: Double, f: Double, slope: Double)) -> Double {
        let lo = min(p.a, q.a), hi = max(p.a, q.a), width = hi - lo
        var a = (lo + hi) / 2
        if p.f.isFinite && q.f.isFinite {
            let d1 = p.slope + q.slope - 3 * (p.f - q.f) / (p.a - q.a)
            let disc = d1 * d1 - p.slope * q.slope
            if disc >= 0 {
                let d2 = (q.a > p.a ? 1.0 : -1.0) * disc.squareRoot()
                let c = q.a - (q.a - p.a) * (q.slope + d2 - d1) / (q.slope - p.slope + 2 * d2)
                if c.isFinite { a = c }
            }
        }
        return min(max(a, lo + 0.1 * width), hi - 0.1 * width)
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var s = 0.0
        for i in a.indices { s += a[i] * b[i] }
        return s
    }
}
