/// The outcome of one `expect(...)` in an exercise's check: whether it held, what was compared,
/// what the learner's code had and what was wanted, and what might explain a failure.
public struct CheckResult: Sendable, Hashable, CustomStringConvertible {
    public var passed: Bool
    /// What was expected, in words: "p[0] = 0.5 within 1e-06".
    public var summary: String
    /// The learner's value and the wanted one, as text (nil when the summary says it all).
    public var had: String?
    public var wanted: String?
    /// A likely mistake that explains the failure ("your state matches the target with qubits
    /// 0 and 1 swapped"), found by trying the usual ones.
    public var diagnosis: String?
    /// The check's own hint for a failure.
    public var hint: String?

    public init(passed: Bool, summary: String, had: String? = nil, wanted: String? = nil, diagnosis: String? = nil, hint: String? = nil) {
        self.passed = passed
        self.summary = summary
        self.had = had
        self.wanted = wanted
        self.diagnosis = diagnosis
        self.hint = hint
    }

    /// One line and, for a failure, what it had, what was wanted, the diagnosis and the hint.
    public var description: String {
        var lines = [(passed ? "✔ " : "✘ ") + summary]
        if !passed {
            if let had { lines.append("    had:    \(had)") }
            if let wanted { lines.append("    wanted: \(wanted)") }
            if let diagnosis { lines.append("    likely: \(diagnosis)") }
            if let hint, !hint.isEmpty { lines.append("    hint:   \(hint)") }
        }
        return lines.joined(separator: "\n")
    }
}

/// Collects the expectations of one check run. A runner sets one as `current` around the check
/// (`Expectations.collecting { ... }`); without one, `expect(...)` prints each outcome, so a
/// learner's own program shows its checks as it runs.
public final class Expectations: @unchecked Sendable {
    @TaskLocal public static var current: Expectations?
    /// Where outcomes go when no collector is set (standard output when nil): a notebook cell's
    /// own output.
    public static var output: (@Sendable (String) -> Void)? { outputSink?.write }
    /// The closure in a struct: Swift 6.3.1's optimiser miscompiles a task-local value of optional
    /// closure type (a release build crashes in `swift_task_localValuePush`).
    @TaskLocal public static var outputSink: OutputSink?

    public struct OutputSink: Sendable {
        public let write: @Sendable (String) -> Void
        public init(_ write: @escaping @Sendable (String) -> Void) { self.write = write }
    }

    public private(set) var results: [CheckResult] = []

    public init() {}

    public var allPassed: Bool { results.allSatisfy(\.passed) }

    /// Runs `body` collecting its expectations.
    public static func collecting<R>(_ body: () throws -> R) rethrows -> (R, [CheckResult]) {
        let recorder = Expectations()
        let r = try $current.withValue(recorder, operation: body)
        return (r, recorder.results)
    }

    func record(_ e: CheckResult) {
        results.append(e)
    }

    /// Records `e` where a check is collecting, else prints it; returns whether it passed.
    @discardableResult
    static func report(_ e: CheckResult) -> Bool {
        if let current { current.record(e) } else if let output { output("\(e)\n") } else { print(e) }
        return e.passed
    }
}
