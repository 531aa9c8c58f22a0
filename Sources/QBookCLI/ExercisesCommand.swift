import ArgumentParser
import QBook

struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "List the course's exercises with their status, or set up a workspace to do them.",
        subcommands: [List.self, Init.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every exercise: its id, tutorial, kind (prose or code) and status (not started, failing, passed).")

        @Option(help: "The folder of tutorials.") var tutorials = "tutorials"
        @Option(help: "The learner's workspace (where `exercises init` wrote the files).") var workspace = "exercises"
        @Option(help: "Output format: text or json.") var format: ListFormat = .text

        enum ListFormat: String, ExpressibleByArgument { case text, json }

        func run() throws {
            let status = ExercisesTool(tutorialsDirectory: tutorials, workspace: workspace).list(json: format == .json, console: Console())
            if status != .success { throw ExitCode(status.rawValue) }
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one Swift file per code exercise (its starter code) into a workspace; never overwrites a file.")

        @Argument(help: "The workspace folder.") var directory = "exercises"
        @Option(help: "The folder of tutorials.") var tutorials = "tutorials"

        func run() throws {
            let status = ExercisesTool(tutorialsDirectory: tutorials, workspace: directory).initialize(console: Console())
            if status != .success { throw ExitCode(status.rawValue) }
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check your answer to a code exercise.",
        discussion: """
        Runs the tutorial's cells above the exercise, then your file, then the exercise's hidden \
        check, and prints each expectation with what it had and what it wanted.
        Exit status: 0 when every expectation holds, 1 when not, 2 for bad usage or input.
        """)

    @Argument(help: "The exercise's id (see `qbook exercises`).") var id: String
    @Option(help: "Your answer (default: WORKSPACE/ID.swift).") var file: String?
    @Option(help: "The learner's workspace.") var workspace = "exercises"
    @Option(help: "The folder of tutorials.") var tutorials = "tutorials"
    @Flag(help: "Check again whenever the file is saved.") var watch = false

    func run() throws {
        let tool = CheckTool(id: id, file: file, tutorialsDirectory: tutorials, workspace: workspace)
        let status = watch ? tool.watch(console: Console()) : tool.execute(console: Console())
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

struct HintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hint",
        abstract: "Reveal the next hint of a code exercise (--solution: its reference solution).")

    @Argument(help: "The exercise's id.") var id: String
    @Flag(help: "Show the reference solution.") var solution = false
    @Option(help: "The learner's workspace.") var workspace = "exercises"
    @Option(help: "The folder of tutorials.") var tutorials = "tutorials"

    func run() throws {
        let status = HintTool(id: id, showSolution: solution, tutorialsDirectory: tutorials, workspace: workspace).execute(console: Console())
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Test the course: every tutorial runs, the committed site is current, and every exercise's grader passes its self-test.")

    @Option(help: "The folder of tutorials.") var tutorials = "tutorials"
    @Option(help: "Where the committed site is.") var output = "outputs/site"

    func run() throws {
        let status = CourseTestTool(tutorialsDirectory: tutorials, outputDirectory: output).execute(console: Console())
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
