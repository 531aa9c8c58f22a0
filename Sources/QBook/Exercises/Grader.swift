import Grading
import Prelude
import QScript

/// Checks an answer to a code exercise: runs the exercise's context (the tutorial's cells above
/// it), then the answer, then the hidden check, in one session, and collects the check's
/// expectations. Errors are located in the file they come from: the tutorial, or the learner's file.
public struct Grader: Sendable {
    /// The seconds each run may take when its cell sets no timeout.
    public var timeout: Double

    public init(timeout: Double = 60) {
        self.timeout = timeout
    }

    /// The code to check and where it came from.
    public struct Answer: Sendable {
        public var code: String
        var origin: CodeOrigin

        /// A learner's file: errors point into it.
        public static func file(_ path: String, code: String) -> Answer { Answer(code: code, origin: .file(path: path)) }
        /// One of the exercise's own cells (starter, solution, alternative, mutant).
        public static func cell(_ cell: Cell, of tutorial: Tutorial) -> Answer {
            Answer(code: cell.source, origin: .cell(cell, path: tutorial.path))
        }
    }

    /// A session with the exercise's context already run, for checking several answers in turn
    /// (the grader's self-tests); a learner's check always gets a fresh one.
    public final class Context: @unchecked Sendable {
        let exercise: CodeExercise
        let session: Session
        let expectations = Expectations()
        var origins = RunOrigins()
        /// A context cell that failed, with where and why: no answer can be checked then.
        public private(set) var failure: [SourceDiagnostic] = []

        init(_ exercise: CodeExercise, timeout: Double) {
            self.exercise = exercise
            session = Prelude.session(limits: Session.Limits(timeout: timeout), collecting: expectations)
            for cell in exercise.context {
                let result = session.run(cell.source, timeout: cell.options.timeout, memory: cell.options.memory)
                origins.append(.cell(cell, path: exercise.tutorial.path))
                if result.status == .error && !cell.options.expectError {
                    failure = result.diagnostics.map { origins.locate($0) }
                    return
                }
            }
        }
    }

    /// Runs the context of `exercise` once.
    public func context(for exercise: CodeExercise) -> Context { Context(exercise, timeout: timeout) }

    /// Checks `answer` against `exercise` in a fresh session.
    public func grade(_ answer: Answer, for exercise: CodeExercise) -> Grade {
        grade(answer, in: context(for: exercise))
    }

    /// Checks `answer` in a session whose context has run (answers checked in turn see each
    /// other's declarations: check wrong answers before right ones).
    public func grade(_ answer: Answer, in context: Context) -> Grade {
        if !context.failure.isEmpty { return Grade(verdict: .contextFailed, results: [], printed: "", diagnostics: context.failure) }
        let session = context.session
        let before = context.expectations.results.count
        let ran = session.run(answer.code, timeout: nil, memory: nil)
        context.origins.append(answer.origin)
        let printed = ran.printedText
        if ran.status == .error {
            return Grade(verdict: .answerFailed, results: [], printed: printed, diagnostics: ran.diagnostics.map { context.origins.locate($0) })
        }
        let check = context.exercise.check
        let checked = session.run(check.source, timeout: check.options.timeout, memory: check.options.memory)
        context.origins.append(.cell(check, path: context.exercise.tutorial.path))
        let results = Array(context.expectations.results.dropFirst(before))
        let allPrinted = printed + checked.printedText   // the check calls the answer's functions
        if checked.status == .error {
            return Grade(verdict: .checkFailed, results: results, printed: allPrinted,
                         diagnostics: checked.diagnostics.map { context.origins.locate($0) })
        }
        let passed = !results.isEmpty && results.allSatisfy(\.passed)
        return Grade(verdict: passed ? .passed : .failed, results: results, printed: allPrinted, diagnostics: [])
    }
}

/// What a check found.
public struct Grade: Sendable {
    public enum Verdict: String, Sendable {
        /// Every expectation of the check held.
        case passed
        /// The answer ran, and at least one expectation failed.
        case failed
        /// The answer itself stopped with an error (located in its file).
        case answerFailed
        /// The check stopped with an error, e.g. it calls a function the answer did not declare.
        case checkFailed
        /// A cell of the tutorial above the exercise failed: nothing could be checked.
        case contextFailed
    }

    public var verdict: Verdict
    public var results: [CheckResult]
    /// What the answer printed, while it ran and while the check called it.
    public var printed: String
    public var diagnostics: [SourceDiagnostic]

    public var passed: Bool { verdict == .passed }
}

extension CellResult {
    var diagnostics: [Diagnostic] {
        outputs.compactMap { if case .error(let d) = $0 { d } else { nil } }
    }

    var printedText: String {
        outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
    }
}
