import Foundation

// Expectations on probability distributions and on samples drawn from one.

/// Two distributions over the same outcomes are within `totalVariation` of each other
/// (½ Σ|p − q|).
@discardableResult
public func expect(_ probabilities: [Double], closeTo expected: [Double], totalVariation allowed: Double = 0.05, hint: String = "") -> Bool {
    let summary = "the distribution is within total variation \(GradingFormat.number(allowed)) of the target"
    guard probabilities.count == expected.count else {
        return Expectations.report(CheckResult(passed: false, summary: summary, had: "\(probabilities.count) outcomes", wanted: "\(expected.count) outcomes", hint: hint))
    }
    let tv = 0.5 * zip(probabilities, expected).reduce(0) { $0 + abs($1.0 - $1.1) }
    var diagnosis: String?
    let sum = probabilities.reduce(0, +)
    if abs(sum - 1) > 1e-6 { diagnosis = "your probabilities sum to \(GradingFormat.number(sum)), not 1" }
    else if 0.5 * zip(probabilities.reversed(), expected).reduce(0, { $0 + abs($1.0 - $1.1) }) <= allowed {
        diagnosis = "your distribution matches the target read in reverse order (bit order of the outcomes?)"
    }
    return Expectations.report(CheckResult(passed: tv <= allowed, summary: summary, had: "total variation \(GradingFormat.number(tv))",
                                           wanted: "at most \(GradingFormat.number(allowed))", diagnosis: diagnosis, hint: hint))
}

/// Samples (outcome indices) are consistent with `probabilities`: Pearson's χ² test of
/// goodness of fit at `significance` (outcomes expected fewer than 5 times are pooled).
@discardableResult
public func expect(samples: [Int], follow probabilities: [Double], significance: Double = 0.01, hint: String = "") -> Bool {
    let summary = "the samples follow the distribution (χ² test at significance \(GradingFormat.number(significance)))"
    guard !samples.isEmpty else { return Expectations.report(CheckResult(passed: false, summary: summary, had: "no samples", wanted: "samples", hint: hint)) }
    if let bad = samples.first(where: { $0 < 0 || $0 >= probabilities.count }) {
        return Expectations.report(CheckResult(passed: false, summary: summary, had: "outcome \(bad)", wanted: "outcomes 0..<\(probabilities.count)", hint: hint))
    }
    let test = ChiSquare.test(samples: samples, probabilities: probabilities)
    return Expectations.report(CheckResult(passed: test.pValue >= significance, summary: summary,
                                           had: "χ² = \(GradingFormat.number((test.statistic * 100).rounded() / 100)) with \(test.degreesOfFreedom) degrees of freedom, p = \(GradingFormat.number((test.pValue * 10000).rounded() / 10000))",
                                           wanted: "p ≥ \(GradingFormat.number(significance))", hint: hint))
}

/// Pearson's χ² goodness-of-fit test.
enum ChiSquare {
    static func test(samples: [Int], probabilities: [Double]) -> (statistic: Double, degreesOfFreedom: Int, pValue: Double) {
        var counts = [Double](repeating: 0, count: probabilities.count)
        for s in samples { counts[s] += 1 }
        let n = Double(samples.count)
        // Pool outcomes expected fewer than 5 times into one bin, so the χ² approximation holds.
        var observed: [Double] = [], expected: [Double] = []
        var poolO = 0.0, poolE = 0.0
        for i in probabilities.indices {
            let e = probabilities[i] * n
            if e >= 5 { observed.append(counts[i]); expected.append(e) } else { poolO += counts[i]; poolE += e }
        }
        if poolE > 0 || poolO > 0 {
            if poolE == 0 { return (.infinity, max(1, observed.count), 0) }   // an impossible outcome occurred
            observed.append(poolO)
            expected.append(poolE)
        }
        let statistic = zip(observed, expected).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) / $1.1 }
        let dof = max(1, expected.count - 1)
        return (statistic, dof, upperGamma(Double(dof) / 2, statistic / 2))
    }

    /// Q(a, x) = Γ(a, x)/Γ(a), the regularised upper incomplete gamma function: by its series
    /// for x < a + 1, else by its continued fraction (Lentz's method).
    static func upperGamma(_ a: Double, _ x: Double) -> Double {
        if x <= 0 { return 1 }
        if !x.isFinite { return 0 }
        let logPrefix = -x + a * log(x) - lgamma(a)
        if x < a + 1 {
            var sum = 1 / a, term = 1 / a, k = a
            for _ in 0..<1000 {
                k += 1
                term *= x / k
                sum += term
                if abs(term) < abs(sum) * 1e-15 { break }
            }
            return max(0, min(1, 1 - sum * exp(logPrefix)))
        }
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...1000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return max(0, min(1, exp(logPrefix) * h))
    }
}
