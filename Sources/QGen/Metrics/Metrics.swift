/// KL(p ‖ q) = Σₓ pₓ log(pₓ / qₓ) in nats: the divergence *of q from p*, the first argument
/// being the reference (for a Born machine, `klDivergence(target, model)`). Infinite when q
/// misses an outcome p has; `smoothing` ε > 0 replaces q by (q + ε)/(1 + 2ⁿε) first, so it stays
/// finite (say which ε you used when you quote it).
public func klDivergence(_ p: Distribution, _ q: Distribution, smoothing: Double = 0) -> Double {
    orTrap { try checkedKLDivergence(p, q, smoothing: smoothing) }
}

/// `klDivergence(_:_:smoothing:)`, throwing instead of trapping.
public func checkedKLDivergence(_ p: Distribution, _ q: Distribution, smoothing: Double = 0) throws(QGenError) -> Double {
    try p.requireSameBits(q, "klDivergence")
    try require(smoothing.isFinite && smoothing >= 0, "smoothing must be a non-negative finite number, got \(smoothing)")
    return Metrics.kl(p.probabilities, q.probabilities, smoothing: smoothing)
}

/// KL(target ‖ model), named by direction: how badly the model covers the target (infinite if
/// the model misses a target outcome). The usual figure in Born-machine papers.
public func klDivergence(target: Distribution, model: Distribution, smoothing: Double = 0) -> Double {
    klDivergence(target, model, smoothing: smoothing)
}

/// KL(model ‖ target), named by direction: how much mass the model puts where the target has
/// little (the mode-seeking direction).
public func reverseKLDivergence(target: Distribution, model: Distribution, smoothing: Double = 0) -> Double {
    klDivergence(model, target, smoothing: smoothing)
}

/// The total variation distance ½ Σₓ |pₓ − qₓ|, in [0, 1].
public func totalVariation(_ p: Distribution, _ q: Distribution) -> Double {
    orTrap { try checkedTotalVariation(p, q) }
}

/// `totalVariation(_:_:)`, throwing instead of trapping.
public func checkedTotalVariation(_ p: Distribution, _ q: Distribution) throws(QGenError) -> Double {
    try p.requireSameBits(q, "totalVariation")
    var s = 0.0
    for i in p.probabilities.indices { s += abs(p.probabilities[i] - q.probabilities[i]) }
    return s / 2
}

/// The Kolmogorov–Smirnov statistic of two distributions of one-dimensional data (outcomes read
/// as the integers 0..<2ⁿ): the largest gap between their cumulative distributions.
public func kolmogorovSmirnov(_ p: Distribution, _ q: Distribution) -> Double {
    orTrap { try checkedKolmogorovSmirnov(p, q) }
}

/// `kolmogorovSmirnov(_:_:)`, throwing instead of trapping.
public func checkedKolmogorovSmirnov(_ p: Distribution, _ q: Distribution) throws(QGenError) -> Double {
    try p.requireSameBits(q, "kolmogorovSmirnov")
    var cp = 0.0, cq = 0.0, gap = 0.0
    for i in p.probabilities.indices {
        cp += p.probabilities[i]; cq += q.probabilities[i]
        gap = max(gap, abs(cp - cq))
    }
    return gap
}

/// The fraction of the model's probability on the target's support: χ for bars and stripes
/// (Liu & Wang's "valid pattern" ratio), 1 when the model never leaves the valid patterns.
public func validFraction(_ model: Distribution, validFor target: Distribution) -> Double {
    orTrap { try checkedValidFraction(model, validFor: target) }
}

/// `validFraction(_:validFor:)`, throwing instead of trapping.
public func checkedValidFraction(_ model: Distribution, validFor target: Distribution) throws(QGenError) -> Double {
    try model.requireSameBits(target, "validFraction")
    var s = 0.0
    for i in target.probabilities.indices where target.probabilities[i] > 0 { s += model.probabilities[i] }
    return min(1, s)
}

enum Metrics {
    static func kl(_ p: [Double], _ q: [Double], smoothing: Double) -> Double {
        let norm = 1 + Double(q.count) * smoothing
        var s = 0.0
        for i in p.indices where p[i] > 0 {
            let qi = (q[i] + smoothing) / norm
            if qi <= 0 { return .infinity }
            s += p[i] * log(p[i] / qi)
        }
        return max(0, s)
    }
}
