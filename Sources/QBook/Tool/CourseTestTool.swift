/// `qbook test`: what CI runs over the course. Every tutorial runs (and the committed site must be
/// what a build writes), every code exercise's grader passes its self-test (the reference
/// solution and the alternatives pass the check, the starter code and the mutants fail it), and
/// every line of cell code fits the page (`CodeWidthCheck`).
public struct CourseTestTool: Sendable {
    public var tutorialsDirectory: String
    public var outputDirectory: String
    public var grader = Grader()

    public init(tutorialsDirectory: String = "tutorials", outputDirectory: String = "outputs/site") {
        self.tutorialsDirectory = tutorialsDirectory
        self.outputDirectory = outputDirectory
    }

    public func execute(console: Console) -> ExitStatus {
        let site = SiteBuilder(tutorialsDirectory: tutorialsDirectory, outputDirectory: outputDirectory).build(check: true, console: console)
        guard let tutorials = CourseReader(tutorialsDirectory: tutorialsDirectory).read(console: console) else { return .usage }
        let exercises = tutorials.flatMap(CodeExercise.all)
        let tooWide = tutorials.flatMap(CodeWidthCheck().problems)
        for problem in tooWide { console.err(problem) }
        var failures = 0
        for exercise in exercises {
            let report = GraderSelfTest(grader: grader).run(exercise)
            if !report.passed { failures += 1 }
            let tried = report.trials.map { trial -> String in
                let mark = trial.asExpected ? "" : " ✘"
                let verdict = trial.grade.passed ? "passes" : "fails"
                return "\(trial.role.rawValue) \(verdict)\(mark)"
            }
            console.out("\(report.passed ? "PASS" : "FAIL")  grader \(exercise.id) (\(exercise.tutorial.path)): \(tried.joined(separator: ", "))\n")
            for diagnostic in report.contextFailure {
                console.err(DiagnosticFormatter().format(diagnostic, source: exercise.tutorial.source))
            }
            for trial in report.trials where !trial.asExpected {
                let should = trial.role == .starter || trial.role == .mutant ? "fail" : "pass"
                console.err("\(exercise.tutorial.path):\(trial.cell.range.start.line): error: the \(trial.role.rawValue) of '\(exercise.id)' should \(should) its check, but it \(trial.grade.verdict == .passed ? "passes" : "does not (\(trial.grade.verdict.rawValue))")\n")
                for result in trial.grade.results where !result.passed { console.err("  \(result)\n") }
                for diagnostic in trial.grade.diagnostics {
                    console.err(DiagnosticFormatter().format(diagnostic, source: exercise.tutorial.source))
                }
            }
        }
        console.out("\(exercises.count) grader\(exercises.count == 1 ? "" : "s") tested, \(failures) failed; "
                    + "\(tooWide.count) code line\(tooWide.count == 1 ? "" : "s") too wide; "
                    + "site \(site.exitStatus == .success ? "up to date" : "NOT up to date")\n")
        if failures > 0 || !tooWide.isEmpty { return .failure }
        return site.exitStatus
    }
}
