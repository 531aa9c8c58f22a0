// Expectations on plain values: conditions, numbers within tolerances, arrays, integers, text.

/// `condition` holds.
@discardableResult
public func expect(_ condition: Bool, _ message: String = "", hint: String = "") -> Bool {
    Expectations.report(CheckResult(passed: condition, summary: message.isEmpty ? "the condition holds" : message,
                                    had: condition ? nil : "false", wanted: condition ? nil : "true", hint: hint))
}

/// |value − expected| ≤ max(tolerance, relativeTolerance·|expected|).
@discardableResult
public func expect(_ value: Double, equals expected: Double, tolerance: Double = 1e-9, relativeTolerance: Double = 0, hint: String = "") -> Bool {
    let allowed = max(tolerance, relativeTolerance * abs(expected))
    let ok = value.isNaN ? expected.isNaN : abs(value - expected) <= allowed || value == expected
    var diagnosis: String?
    if !ok, expected != 0, abs(value + expected) <= allowed { diagnosis = "the sign is flipped" }
    if !ok, value == 0 { diagnosis = "your value is 0: is the computation written yet, or is a sum never added to?" }
    if !ok, diagnosis == nil, expected != 0, value.isFinite, abs(value / expected - (value / expected).rounded()) < 1e-9,
       (value / expected).rounded() != 1, (value / expected).rounded() != 0, abs(value / expected) <= 16 {
        diagnosis = "your value is \(GradingFormat.number((value / expected).rounded())) times the expected one"
    }
    return Expectations.report(CheckResult(passed: ok, summary: "the value is \(GradingFormat.number(expected)) (within \(GradingFormat.number(allowed)))",
                                           had: GradingFormat.number(value), wanted: GradingFormat.number(expected), diagnosis: diagnosis, hint: hint))
}

/// Element by element within `tolerance`; the first differing element is named.
@discardableResult
public func expect(_ values: [Double], equals expected: [Double], tolerance: Double = 1e-9, hint: String = "") -> Bool {
    let summary = "\(expected.count) values within \(GradingFormat.number(tolerance))"
    if values.count != expected.count {
        return Expectations.report(CheckResult(passed: false, summary: summary, had: "\(values.count) values", wanted: "\(expected.count) values", hint: hint))
    }
    guard let i = values.indices.first(where: { k in !(abs(values[k] - expected[k]) <= tolerance) }) else {
        return Expectations.report(CheckResult(passed: true, summary: summary))
    }
    var diagnosis: String?
    if zip(values.reversed(), expected).allSatisfy({ abs($0 - $1) <= tolerance }) { diagnosis = "your values are in reverse order" }
    let sum = values.reduce(0, +)
    if diagnosis == nil, sum > 0, abs(expected.reduce(0, +) - 1) < 1e-9, zip(values, expected).allSatisfy({ abs($0 / sum - $1) <= tolerance }) {
        diagnosis = "your values are proportional to the expected ones: divide by their sum (\(GradingFormat.number(sum)))"
    }
    return Expectations.report(CheckResult(passed: false, summary: summary,
                                           had: "element \(i) = \(GradingFormat.number(values[i]))", wanted: "element \(i) = \(GradingFormat.number(expected[i]))",
                                           diagnosis: diagnosis, hint: hint))
}

/// An exact integer.
@discardableResult
public func expect(_ value: Int, equals expected: Int, hint: String = "") -> Bool {
    Expectations.report(CheckResult(passed: value == expected, summary: "\(expected)", had: "\(value)", wanted: "\(expected)", hint: hint))
}

/// Exact text.
@discardableResult
public func expect(_ value: String, equals expected: String, hint: String = "") -> Bool {
    Expectations.report(CheckResult(passed: value == expected, summary: "\"\(expected)\"", had: "\"\(value)\"", wanted: "\"\(expected)\"", hint: hint))
}

/// How numbers appear in check reports: up to six significant digits, no exponent below 10^6.
enum GradingFormat {
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        var s = "\(x)"
        if s.count > 12, abs(x) >= 1e-4, abs(x) < 1e6 {
            // Six significant digits, trailing zeros dropped.
            let digits = max(0, 5 - Int(exponent10(abs(x))))
            s = fixed(x, digits)
        }
        // "1e-09" → "1e-9", as people write it.
        if let e = s.firstIndex(of: "e") {
            var exponent = String(s[s.index(after: e)...])
            let sign = exponent.hasPrefix("-") ? "-" : ""
            exponent = String(exponent.drop { $0 == "-" || $0 == "+" || $0 == "0" })
            s = String(s[..<e]) + "e" + sign + (exponent.isEmpty ? "0" : exponent)
        }
        return s
    }

    static func exponent10(_ x: Double) -> Double {
        var e = 0.0, y = x
        while y >= 10 { y /= 10; e += 1 }
        while y < 1 { y *= 10; e -= 1 }
        return e
    }

    static func fixed(_ x: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let n = (abs(x) * scale).rounded()
        let whole = Int(n / scale), frac = Int(n.truncatingRemainder(dividingBy: scale))
        var f = digits == 0 ? "" : String(frac)
        f = String(repeating: "0", count: max(0, digits - f.count)) + f
        while f.hasSuffix("0") { f.removeLast() }
        return (x < 0 ? "-" : "") + "\(whole)" + (f.isEmpty ? "" : "." + f)
    }
}
