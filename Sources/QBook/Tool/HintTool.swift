/// `qbook hint ID`: reveals the exercise's hints one at a time (all those revealed so far are
/// shown again); `--solution` shows the reference solution, and only then.
public struct HintTool: Sendable {
    public var id: String
    public var showSolution: Bool
    public var tutorialsDirectory: String
    public var workspace: String

    public init(id: String, showSolution: Bool = false, tutorialsDirectory: String = "tutorials", workspace: String = "exercises") {
        self.id = id
        self.showSolution = showSolution
        self.tutorialsDirectory = tutorialsDirectory
        self.workspace = workspace
    }

    public func execute(console: Console) -> ExitStatus {
        guard let exercise = CourseReader(tutorialsDirectory: tutorialsDirectory).exercise(id, console: console) else { return .usage }
        if showSolution {
            console.out("The reference solution of '\(exercise.title)':\n\n" + CodeExercise.code(of: exercise.solution) + "\n")
            return .success
        }
        var progress: ProgressFile
        do { progress = try ProgressFile.load(workspace: workspace) } catch {
            console.err("qbook: error: \(error)\n")
            return .usage
        }
        let hints = exercise.hints
        if hints.isEmpty {
            console.out("'\(exercise.title)' has no hints. Re-read the exercise in \(exercise.tutorial.path), or see the answer with `qbook hint \(id) --solution`.\n")
            return .success
        }
        let shown = min(progress[id].hintsRevealed + 1, hints.count)
        for (n, hint) in hints.prefix(shown).enumerated() { console.out("Hint \(n + 1) of \(hints.count): \(hint)\n") }
        if shown == hints.count {
            console.out("That was the last hint; `qbook hint \(id) --solution` shows the reference solution.\n")
        }
        progress[id].hintsRevealed = shown
        do { try progress.save(workspace: workspace) } catch {
            console.err("qbook: warning: progress not recorded: \(error)\n")
        }
        return .success
    }
}
