import Foundation
import Grading

/// `qbook check ID [--file FILE] [--watch]`: runs the tutorial's cells above the exercise, then
/// the learner's file, then the hidden check; prints each expectation with what it had and what
/// it wanted, and a verdict. Records the verdict in the workspace's progress file.
public struct CheckTool: Sendable {
    public var id: String
    public var file: String?
    public var tutorialsDirectory: String
    public var workspace: String
    public var grader = Grader()

    public init(id: String, file: String? = nil, tutorialsDirectory: String = "tutorials", workspace: String = "exercises") {
        self.id = id
        self.file = file
        self.tutorialsDirectory = tutorialsDirectory
        self.workspace = workspace
    }

    var path: String { file ?? ExercisesTool.file(of: id, in: workspace) }

    /// One check; exit status 0 only on a pass.
    public func execute(console: Console) -> ExitStatus {
        guard let exercise = CourseReader(tutorialsDirectory: tutorialsDirectory).exercise(id, console: console) else { return .usage }
        return check(exercise, console: console)
    }

    /// Checks now and again whenever the file changes (polled every `interval` seconds), until
    /// `rounds` checks ran (nil: until interrupted). The last check's status is returned.
    public func watch(console: Console, interval: Double = 0.5, rounds: Int? = nil) -> ExitStatus {
        guard let exercise = CourseReader(tutorialsDirectory: tutorialsDirectory).exercise(id, console: console) else { return .usage }
        var status = check(exercise, console: console)
        var checks = 1
        var seen = fingerprint()
        console.out("watching \(path); save it to check again (Ctrl-C to stop)\n")
        while rounds.map({ checks < $0 }) ?? true {
            Thread.sleep(forTimeInterval: interval)
            let now = fingerprint()
            if now == seen { continue }
            seen = now
            console.out("\n── \(path) changed\n")
            status = check(exercise, console: console)
            checks += 1
        }
        return status
    }

    private func fingerprint() -> Data? { FileManager.default.contents(atPath: path) }

    private func check(_ exercise: CodeExercise, console: Console) -> ExitStatus {
        guard let data = FileManager.default.contents(atPath: path) else {
            console.err("qbook: error: cannot read '\(path)'")
            console.err(file == nil ? "; run `qbook exercises init \(workspace)` first, or give --file\n" : "\n")
            return .usage
        }
        let code = String(decoding: data, as: UTF8.self)
        console.out("Checking \(path) against '\(exercise.title)' (\(exercise.tutorial.path))\n")
        if !exercise.context.isEmpty {
            console.out("running the tutorial's \(exercise.context.count) cell\(exercise.context.count == 1 ? "" : "s") above the exercise first…\n")
        }
        let grade = grader.grade(.file(path, code: code), for: exercise)
        report(grade, code: code, exercise: exercise, console: console)
        record(grade, console: console)
        return grade.passed ? .success : .failure
    }

    private func report(_ grade: Grade, code: String, exercise: CodeExercise, console: Console) {
        if !grade.printed.isEmpty {
            let text = grade.printed.hasSuffix("\n") ? String(grade.printed.dropLast()) : grade.printed
            console.out("your code printed:\n" + text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  │ " + $0 }.joined(separator: "\n") + "\n")
        }
        for (n, result) in grade.results.enumerated() {
            console.out("\(result.passed ? "✔" : "✘") \(n + 1). \(result.summary)\n")
            if !result.passed {
                if let had = result.had { console.out("     had:    \(had)\n") }
                if let wanted = result.wanted { console.out("     wanted: \(wanted)\n") }
                if let diagnosis = result.diagnosis { console.out("     likely: \(diagnosis)\n") }
                if let hint = result.hint { console.out("     hint:   \(hint)\n") }
            }
        }
        let source = SourceText(path: path, text: code)
        for diagnostic in grade.diagnostics {
            let own = diagnostic.path == path ? source : (diagnostic.path == exercise.tutorial.path ? exercise.tutorial.source : nil)
            console.err(DiagnosticFormatter().format(diagnostic, source: own))
        }
        let passedCount = grade.results.filter(\.passed).count
        switch grade.verdict {
        case .passed:
            console.out("PASSED: all \(grade.results.count) expectations hold.\n")
        case .failed:
            console.out("NOT YET: \(passedCount) of \(grade.results.count) expectations hold. `qbook hint \(exercise.id)` gives a hint.\n")
        case .answerFailed:
            console.out("NOT YET: your code stopped with an error before the check could run (the error is on standard error).\n")
        case .checkFailed:
            console.out("NOT YET: the check could not finish with your code: it stopped with the error on standard error"
                        + " (does your code declare the names the starter code declared?).\n")
        case .contextFailed:
            console.out("CANNOT CHECK: a cell of the tutorial above the exercise failed (the error is on standard error); this is a bug in the course.\n")
        }
    }

    private func record(_ grade: Grade, console: Console) {
        guard grade.verdict != .contextFailed else { return }
        do {
            var progress = try ProgressFile.load(workspace: workspace)
            progress[id].status = grade.passed ? .passed : .failing
            try progress.save(workspace: workspace)
        } catch {
            console.err("qbook: warning: progress not recorded: \(error)\n")
        }
    }
}
