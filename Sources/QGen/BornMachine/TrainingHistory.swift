/// What a training run recorded, one entry per step, measured at the parameters the step
/// started from: the loss, KL(target ‖ model) and the exact MMD² to the target (with the loss's
/// kernel when the loss is an MMD, else with σ = 1 on integers). The `final…` figures are
/// measured at the parameters training ended with.
public struct TrainingHistory: Codable, Hashable, Sendable {
    public internal(set) var losses: [Double] = []
    public internal(set) var klDivergences: [Double] = []
    public internal(set) var mmds: [Double] = []
    public internal(set) var finalLoss: Double = .nan
    public internal(set) var finalKLDivergence: Double = .nan
    public internal(set) var finalMMD: Double = .nan
    /// Why training stopped: "steps" (all done), "stopBelow" (the loss went below the threshold),
    /// or "converged" (the optimizer stopped moving).
    public internal(set) var stopReason = "steps"
    /// What the loss was: `MMD(bandwidths: [1.0])`, …
    public internal(set) var lossName = ""

    /// The number of steps taken.
    public var steps: Int { losses.count }

    public init() {}
}

extension TrainingHistory: CustomStringConvertible {
    public var description: String {
        func f(_ x: Double) -> String { x.isFinite ? formatScientific(x) : "\(x)" }
        return "TrainingHistory(steps: \(steps), loss: \(losses.first.map(f) ?? "-") → \(f(finalLoss)), KL: \(f(finalKLDivergence)), stopped: \(stopReason))"
    }
}

/// Four significant digits, in scientific notation below 1e-3 (e.g. 1.234e-05).
func formatScientific(_ x: Double) -> String {
    if x == 0 { return "0" }
    let a = abs(x)
    if a >= 1e-3 && a < 1e6 {
        let digits = max(0, 3 - Int((log(a) / log(10)).rounded(.down)))
        return roundedString(x, decimals: digits)
    }
    var exponent = Int((log(a) / log(10)).rounded(.down))
    var mantissa = x / pow(10, Double(exponent))
    if abs(mantissa) >= 9.9995 { mantissa /= 10; exponent += 1 }
    let sign = exponent < 0 ? "-" : "+"
    let e = abs(exponent)
    return "\(roundedString(mantissa, decimals: 3))e\(sign)\(e < 10 ? "0" : "")\(e)"
}

/// x with exactly `decimals` decimals, rounded half away from zero, without Foundation.
func roundedString(_ x: Double, decimals: Int) -> String {
    let scale = pow(10, Double(decimals))
    let r = (abs(x) * scale).rounded()
    let whole = Int(r / scale)
    var frac = String(Int(r - Double(whole) * scale))
    while frac.count < decimals { frac = "0" + frac }
    let sign = x < 0 && r > 0 ? "-" : ""
    return decimals == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(frac)"
}
