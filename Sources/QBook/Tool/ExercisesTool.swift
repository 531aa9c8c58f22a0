import Foundation

/// `qbook exercises`: every exercise of the course with its id, tutorial, kind and status; and
/// `qbook exercises init [DIR]`: a Swift file per code exercise in the learner's workspace.
public struct ExercisesTool: Sendable {
    public var tutorialsDirectory: String
    public var workspace: String

    public init(tutorialsDirectory: String = "tutorials", workspace: String = "exercises") {
        self.tutorialsDirectory = tutorialsDirectory
        self.workspace = workspace
    }

    /// Lists the exercises as a table for a person or as a JSON array of
    /// `{"id", "tutorial", "kind", "status"}` objects.
    public func list(json: Bool, console: Console) -> ExitStatus {
        guard let tutorials = CourseReader(tutorialsDirectory: tutorialsDirectory).read(console: console) else { return .usage }
        let progress: ProgressFile
        do { progress = try ProgressFile.load(workspace: workspace) } catch {
            console.err("qbook: error: \(error)\n")
            return .usage
        }
        let exercises = CourseExercise.all(in: tutorials)
        let rows = exercises.map { e -> [String] in
            let status = e.kind == .code ? progress[e.id].status.rawValue : "not started"
            return [e.id, e.tutorialPath, e.kind.rawValue, status]
        }
        if json {
            let array = JSONValue.array(rows.map { row in
                .object([("id", .string(row[0])), ("tutorial", .string(row[1])), ("kind", .string(row[2])), ("status", .string(row[3]))])
            })
            console.out(array.serialized() + "\n")
            return .success
        }
        if exercises.isEmpty {
            console.out("The course has no exercises.\n")
            return .success
        }
        console.out(TextTable.render(columns: ["id", "tutorial", "kind", "status"], rows: rows))
        let code = exercises.filter { $0.kind == .code }
        let passed = code.filter { progress[$0.id].status == .passed }.count
        console.out("\n\(exercises.count) exercises, \(code.count) with code to check; \(passed) passed.\n")
        if !code.isEmpty && !FileManager.default.fileExists(atPath: workspace) {
            console.out("Start with `qbook exercises init \(workspace)`, then `qbook check ID`.\n")
        }
        return .success
    }

    /// Writes `<id>.swift` for every code exercise into the workspace; never overwrites a file.
    public func initialize(console: Console) -> ExitStatus {
        guard let tutorials = CourseReader(tutorialsDirectory: tutorialsDirectory).read(console: console) else { return .usage }
        let exercises = tutorials.flatMap(CodeExercise.all)
        do {
            try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        } catch {
            console.err("qbook: error: cannot create the workspace '\(workspace)': \(error.localizedDescription)\n")
            return .usage
        }
        for exercise in exercises {
            let path = ExercisesTool.file(of: exercise.id, in: workspace)
            if FileManager.default.fileExists(atPath: path) {
                console.out("kept     \(path) (it exists; qbook never overwrites your work)\n")
                continue
            }
            do {
                try Data(ExercisesTool.starterFile(for: exercise, workspace: workspace).utf8).write(to: URL(fileURLWithPath: path))
                console.out("wrote    \(path)\n")
            } catch {
                console.err("qbook: error: cannot write '\(path)': \(error.localizedDescription)\n")
                return .usage
            }
        }
        if exercises.isEmpty { console.out("The course has no code exercises.\n") }
        return .success
    }

    static func file(of id: String, in workspace: String) -> String {
        (workspace.hasSuffix("/") ? workspace : workspace + "/") + id + ".swift"
    }

    /// The starter code under a header that says what to do and how to check it.
    static func starterFile(for exercise: CodeExercise, workspace: String) -> String {
        var header = ["// Exercise: \(exercise.title)", "// From \(exercise.tutorial.path) (\(exercise.tutorial.frontMatter.title))", "//"]
        header += exercise.prompt.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "//" : "// " + $0 }
        header += [
            "//",
            "// The cells of the tutorial above this exercise run first, so their names are in scope.",
            "// Check your answer:  qbook check \(exercise.id)   (--watch re-checks on every save)",
            "// Stuck?              qbook hint \(exercise.id)",
            "",
        ]
        return header.joined(separator: "\n") + CodeExercise.code(of: exercise.starter) + "\n"
    }
}
