import ArgumentParser
import QBook

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a tutorial (.md) or a Swift file (.swift) and show what its cells print.",
        discussion: """
        Errors are reported as file.md:line:col with the source line and a caret.
        Exit status: 0 when no cell failed unexpectedly, 1 when one did, 2 for bad usage or input.
        """)

    @Argument(help: "The tutorial or Swift file to run.")
    var file: String

    @Flag(help: "Print only what the cells printed or displayed (same as --format plain).")
    var plain = false

    @Option(help: "Output format: text (for a person), plain, or json.")
    var format: RunTool.Format = .text

    @Option(name: .customLong("html"), help: "Also write the tutorial with its outputs as an HTML page.")
    var htmlOutput: String?

    @Flag(help: "Stop at the first cell that fails unexpectedly.")
    var failFast = false

    @Option(help: "Seconds a cell may run unless its 'timeout' option says otherwise.")
    var timeout: Double = 60

    func validate() throws {
        if plain && format != .text && format != .plain {
            throw ValidationError("--plain and --format \(format.rawValue) contradict each other")
        }
        guard timeout.isFinite, timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        let tool = RunTool(path: file, format: plain ? .plain : format, htmlOutput: htmlOutput,
                           options: RunOptions(failFast: failFast, defaultTimeout: timeout))
        let status = tool.execute(console: Console())
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
