import Foundation

/// `qbook run FILE`: reads a tutorial (or a `.swift` file), runs its cells in one session and
/// reports them to the terminal, as plain output or as JSON; optionally renders an HTML page.
public struct RunTool: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        /// For a person: each cell's name, then its outputs.
        case text
        /// Exactly what the cells printed or displayed.
        case plain
        /// The stable machine-readable result.
        case json
    }

    public var path: String
    public var format: Format
    public var htmlOutput: String?
    public var options: RunOptions

    public init(path: String, format: Format = .text, htmlOutput: String? = nil, options: RunOptions = RunOptions()) {
        self.path = path
        self.format = format
        self.htmlOutput = htmlOutput
        self.options = options
    }

    public func execute(console: Console) -> ExitStatus {
        let tutorial: Tutorial
        do throws(SourceDiagnostics) {
            tutorial = try TutorialReader().read(path: path)
        } catch {
            if format == .json { console.out(JSONReport.render(unreadable: path, error.diagnostics)) }
            for diagnostic in error.diagnostics {
                if diagnostic.id == "file" {
                    console.err("qbook: error: \(diagnostic.message)\n")
                } else {
                    console.err(DiagnosticFormatter().format(diagnostic, source: error.source))
                }
            }
            return .usage
        }

        let reporter: TerminalReporter? = switch format {
        case .text: TerminalReporter(style: .person, console: console)
        case .plain: TerminalReporter(style: .plain, console: console)
        case .json: nil
        }
        let runner = TutorialRunner(options: options)
        let run = runner.run(tutorial, observer: reporter)

        if format == .json { console.out(JSONReport.render(run)) }
        if let htmlOutput {
            do {
                try Data(PageRenderer().render(run).utf8).write(to: URL(fileURLWithPath: htmlOutput))
            } catch {
                console.err("qbook: error: cannot write '\(htmlOutput)': \(error.localizedDescription)\n")
                return .usage
            }
        }
        return run.failed ? .failure : .success
    }
}
