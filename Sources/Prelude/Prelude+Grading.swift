import Grading
import QScript
import QSim

extension Prelude {
    /// The expectations of an exercise's check cell (`expect(...)`, from Grading). Each returns
    /// whether it held; the runner collects the outcomes (see `session(limits:collecting:)`).
    static var grading: [Binding] {
        [
            .function("expect(_ condition: Bool, _ message: String = \"\", hint: String = \"\") -> Bool") {
                (c: Bool, m: String, h: String) in expect(c, m, hint: h)
            },
            .function("expect(_ value: Double, equals: Double, tolerance: Double = 1e-9, relativeTolerance: Double = 0, hint: String = \"\") -> Bool") {
                (v: Double, e: Double, tol: Double, rel: Double, h: String) in
                try nonNegative(tol, "tolerance"); try nonNegative(rel, "relativeTolerance")
                return expect(v, equals: e, tolerance: tol, relativeTolerance: rel, hint: h)
            },
            .function("expect(_ values: [Double], equals: [Double], tolerance: Double = 1e-9, hint: String = \"\") -> Bool") {
                (v: [Double], e: [Double], tol: Double, h: String) in
                try nonNegative(tol, "tolerance")
                return expect(v, equals: e, tolerance: tol, hint: h)
            },
            .function("expect(_ value: Int, equals: Int, hint: String = \"\") -> Bool") { (v: Int, e: Int, h: String) in expect(v, equals: e, hint: h) },
            .function("expect(_ value: String, equals: String, hint: String = \"\") -> Bool") { (v: String, e: String, h: String) in expect(v, equals: e, hint: h) },
            .function("expect(_ state: StateVector, equals: StateVector, upToGlobalPhase: Bool = true, tolerance: Double = 1e-8, hint: String = \"\") -> Bool") {
                (s: StateVector, e: StateVector, phase: Bool, tol: Double, h: String) in
                try nonNegative(tol, "tolerance")
                return expect(s, equals: e, upToGlobalPhase: phase, tolerance: tol, hint: h)
            },
            .function("expect(_ circuit: Circuit, equivalentTo: Circuit, upToGlobalPhase: Bool = true, tolerance: Double = 1e-8, hint: String = \"\") -> Bool") {
                (c: Circuit, e: Circuit, phase: Bool, tol: Double, h: String) in
                try nonNegative(tol, "tolerance")
                return expect(c, equivalentTo: e, upToGlobalPhase: phase, tolerance: tol, hint: h)
            },
            .function("expect(_ probabilities: [Double], closeTo: [Double], totalVariation: Double = 0.05, hint: String = \"\") -> Bool") {
                (p: [Double], q: [Double], tv: Double, h: String) in
                try nonNegative(tv, "totalVariation")
                return expect(p, closeTo: q, totalVariation: tv, hint: h)
            },
            .function("expect(samples: [Int], follow: [Double], significance: Double = 0.01, hint: String = \"\") -> Bool") {
                (s: [Int], p: [Double], a: Double, h: String) in
                if !(a > 0 && a < 1) { throw ScriptError("significance must lie strictly between 0 and 1, got \(a)") }
                return expect(samples: s, follow: p, significance: a, hint: h)
            },
        ]
    }

    private static func nonNegative(_ x: Double, _ name: String) throws {
        if !(x >= 0) { throw ScriptError("\(name) must be a non-negative number, got \(x)") }
    }
}
