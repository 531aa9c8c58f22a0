import Foundation
import QSim

// Expectations on quantum states and circuits, with the usual mistakes tried when one fails.

/// The learner's state equals `expected` (up to a global phase unless `upToGlobalPhase` is false).
@discardableResult
public func expect(_ state: StateVector, equals expected: StateVector, upToGlobalPhase: Bool = true, tolerance: Double = 1e-8, hint: String = "") -> Bool {
    let summary = "the state equals the target\(upToGlobalPhase ? " up to a global phase" : "") (within \(GradingFormat.number(tolerance)))"
    guard state.qubits == expected.qubits else {
        return Expectations.report(CheckResult(passed: false, summary: summary, had: "a state of \(state.qubits) qubits",
                                               wanted: "a state of \(expected.qubits) qubits", hint: hint))
    }
    let a = state.amplitudes, t = expected.amplitudes
    if StateComparison.equal(a, t, upToPhase: upToGlobalPhase, tolerance) {
        return Expectations.report(CheckResult(passed: true, summary: summary))
    }
    let diagnosis = StateComparison.diagnose(a, t, qubits: state.qubits, upToPhase: upToGlobalPhase, tolerance)
    return Expectations.report(CheckResult(passed: false, summary: summary, had: StateComparison.describe(a, state.qubits),
                                           wanted: StateComparison.describe(t, expected.qubits), diagnosis: diagnosis, hint: hint))
}

/// The learner's circuit does what `expected` does, as unitaries (up to a global phase unless
/// `upToGlobalPhase` is false). Circuits of up to 10 qubits.
@discardableResult
public func expect(_ circuit: Circuit, equivalentTo expected: Circuit, upToGlobalPhase: Bool = true, tolerance: Double = 1e-8, hint: String = "") -> Bool {
    let summary = "the circuit is equivalent to the target\(upToGlobalPhase ? " up to a global phase" : "")"
    guard circuit.qubits == expected.qubits else {
        return Expectations.report(CheckResult(passed: false, summary: summary, had: "\(circuit.qubits) qubits", wanted: "\(expected.qubits) qubits", hint: hint))
    }
    guard circuit.qubits <= 10 else {
        return Expectations.report(CheckResult(passed: false, summary: summary, had: "\(circuit.qubits) qubits",
                                               wanted: "at most 10 qubits to compare unitaries", hint: hint))
    }
    let u = UnitaryComparison.columns(circuit), v = UnitaryComparison.columns(expected)
    if UnitaryComparison.equal(u, v, upToPhase: upToGlobalPhase, tolerance) {
        return Expectations.report(CheckResult(passed: true, summary: summary))
    }
    let diagnosis = UnitaryComparison.diagnose(u, v, qubits: circuit.qubits, upToPhase: upToGlobalPhase, tolerance)
    let column = UnitaryComparison.firstDifferingColumn(u, v, upToPhase: upToGlobalPhase, tolerance)
    return Expectations.report(CheckResult(passed: false, summary: summary,
                                           had: "on |\(StateVector.bitstring(column, qubits: circuit.qubits))⟩ it gives \(StateComparison.describe(u[column], circuit.qubits))",
                                           wanted: StateComparison.describe(v[column], circuit.qubits), diagnosis: diagnosis, hint: hint))
}

/// Comparing amplitude vectors, and trying the usual mistakes on a mismatch.
enum StateComparison {
    /// ⟨a|b⟩.
    static func inner(_ a: [Complex], _ b: [Complex]) -> Complex {
        var s = Complex.zero
        for i in a.indices { s += a[i].conjugate * b[i] }
        return s
    }

    static func norm(_ a: [Complex]) -> Double { a.reduce(0) { $0 + $1.magnitudeSquared }.squareRoot() }

    /// Equal element by element, after removing the relative global phase when allowed.
    static func equal(_ a: [Complex], _ b: [Complex], upToPhase: Bool, _ tol: Double) -> Bool {
        guard a.count == b.count else { return false }
        var phase = Complex.one
        if upToPhase {
            let overlap = inner(b, a)
            let m = overlap.magnitude
            if m > 1e-12 { phase = Complex(overlap.re / m, -overlap.im / m) }   // e^{-iφ}
        }
        for i in a.indices where (a[i] * phase - b[i]).magnitude > tol { return false }
        return true
    }

    /// The first usual mistake that explains `a` against the target `t`.
    static func diagnose(_ a: [Complex], _ t: [Complex], qubits n: Int, upToPhase: Bool, _ tol: Double) -> String? {
        if !upToPhase, equal(a, t, upToPhase: true, tol) {
            let ph = inner(t, a)
            return "your state differs from the target only by a global phase e^{i·\(GradingFormat.number(atan2(ph.im, ph.re)))}"
        }
        let na = norm(a)
        if abs(na - 1) > tol, na > 1e-12, equal(a.map { $0 / na }, t, upToPhase: upToPhase, tol) {
            return "your state is not normalised (its norm is \(GradingFormat.number(na))); divide by the norm"
        }
        if equal(a.map(\.conjugate), t, upToPhase: upToPhase, tol) {
            return "your state is the complex conjugate of the target (a sign of i, or an S where S† belongs)"
        }
        if n > 1, equal(permuted(a, n, reversed(n)), t, upToPhase: upToPhase, tol) {
            return "your state matches the target with the qubit order reversed (qubit 0 is the most significant bit here)"
        }
        for i in 0..<n {
            for j in (i + 1)..<n where n > 1 {
                var order = Array(0..<n)
                order.swapAt(i, j)
                if equal(permuted(a, n, order), t, upToPhase: upToPhase, tol) {
                    return "your state matches the target with qubits \(i) and \(j) swapped"
                }
            }
        }
        for q in 0..<n {
            for (name, flip) in [("X", true), ("Z", false)] where equal(pauli(a, n, q, flip: flip), t, upToPhase: upToPhase, tol) {
                return "your state matches the target after one more \(name) on qubit \(q)"
            }
        }
        return nil
    }

    /// The state with its qubits relabelled: qubit q of the result is qubit order[q] of `a`.
    static func permuted(_ a: [Complex], _ n: Int, _ order: [Int]) -> [Complex] {
        var out = [Complex](repeating: .zero, count: a.count)
        for i in a.indices {
            var j = 0
            for q in 0..<n where (i >> (n - 1 - order[q])) & 1 == 1 { j |= 1 << (n - 1 - q) }
            out[j] = a[i]
        }
        return out
    }

    static func reversed(_ n: Int) -> [Int] { (0..<n).reversed().map { $0 } }

    static func pauli(_ a: [Complex], _ n: Int, _ q: Int, flip: Bool) -> [Complex] {
        let bit = 1 << (n - 1 - q)
        return a.indices.map { i in flip ? a[i ^ bit] : (i & bit != 0 ? a[i] * -1 : a[i]) }
    }

    /// The largest amplitudes, as a short ket expansion: "0.707|00⟩ + 0.707|11⟩".
    static func describe(_ a: [Complex], _ n: Int) -> String {
        let order = a.indices.sorted { a[$0].magnitude != a[$1].magnitude ? a[$0].magnitude > a[$1].magnitude : $0 < $1 }
        let shown = order.prefix(4).filter { a[$0].magnitude > 1e-9 }.sorted()
        if shown.isEmpty { return "0" }
        var s = shown.map { i -> String in
            let z = a[i]
            let amp = abs(z.im) < 1e-9 ? GradingFormat.number(round3(z.re))
                : (abs(z.re) < 1e-9 ? GradingFormat.number(round3(z.im)) + "i" : "(\(GradingFormat.number(round3(z.re)))\(z.im < 0 ? "-" : "+")\(GradingFormat.number(round3(abs(z.im))))i)")
            return "\(amp)|\(StateVector.bitstring(i, qubits: n))⟩"
        }.joined(separator: " + ")
        let rest = a.filter { $0.magnitude > 1e-9 }.count - shown.count
        if rest > 0 { s += " + … (\(rest) more)" }
        return s
    }

    static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    static func atan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }
}

/// Comparing circuits by their unitaries (columns: the circuit run on each basis state).
enum UnitaryComparison {
    static func columns(_ c: Circuit) -> [[Complex]] {
        (0..<(1 << c.qubits)).map { i in c.bound().run(from: StateVector(basisState: i, qubits: c.qubits)).amplitudes }
    }

    /// Equal, with one global phase for the whole matrix when allowed.
    static func equal(_ u: [[Complex]], _ v: [[Complex]], upToPhase: Bool, _ tol: Double) -> Bool {
        let phase = upToPhase ? globalPhase(u, v) : Complex.one
        for c in u.indices {
            for r in u[c].indices where (u[c][r] * phase - v[c][r]).magnitude > tol { return false }
        }
        return true
    }

    /// e^{-iφ} that best aligns u with v, from their largest entries' overlap.
    static func globalPhase(_ u: [[Complex]], _ v: [[Complex]]) -> Complex {
        var overlap = Complex.zero
        for c in u.indices { overlap += StateComparison.inner(v[c], u[c]) }
        let m = overlap.magnitude
        return m > 1e-12 ? Complex(overlap.re / m, -overlap.im / m) : .one
    }

    static func firstDifferingColumn(_ u: [[Complex]], _ v: [[Complex]], upToPhase: Bool, _ tol: Double) -> Int {
        let phase = upToPhase ? globalPhase(u, v) : Complex.one
        return u.indices.first { c in u[c].indices.contains { (u[c][$0] * phase - v[c][$0]).magnitude > tol } } ?? 0
    }

    static func diagnose(_ u: [[Complex]], _ v: [[Complex]], qubits n: Int, upToPhase: Bool, _ tol: Double) -> String? {
        if !upToPhase, equal(u, v, upToPhase: true, tol) { return "your circuit differs from the target only by a global phase" }
        // U† (the inverse): (U†)_{rc} = conj(U_{cr}); columns are c.
        let dagger = u.indices.map { c in u.indices.map { r in u[r][c].conjugate } }
        if equal(dagger, v, upToPhase: upToPhase, tol) { return "your circuit is the inverse of the target (gates in reverse order, angles negated)" }
        if equal(u.map { $0.map(\.conjugate) }, v, upToPhase: upToPhase, tol) { return "your circuit is the complex conjugate of the target (S where S† belongs, or the sign of a Y rotation)" }
        if n > 1 {
            let order = StateComparison.reversed(n)
            if equal(relabel(u, n, order), v, upToPhase: upToPhase, tol) { return "your circuit matches the target with the qubit order reversed" }
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var order = Array(0..<n)
                    order.swapAt(i, j)
                    if equal(relabel(u, n, order), v, upToPhase: upToPhase, tol) { return "your circuit matches the target with qubits \(i) and \(j) swapped (a gate on the wrong wire?)" }
                }
            }
        }
        return nil
    }

    /// P U P⁻¹ for the qubit relabelling `order`.
    static func relabel(_ u: [[Complex]], _ n: Int, _ order: [Int]) -> [[Complex]] {
        func map(_ i: Int) -> Int {
            var j = 0
            for q in 0..<n where (i >> (n - 1 - order[q])) & 1 == 1 { j |= 1 << (n - 1 - q) }
            return j
        }
        var out = u
        for c in u.indices { out[map(c)] = StateComparison.permuted(u[c], n, order) }
        return out
    }
}
