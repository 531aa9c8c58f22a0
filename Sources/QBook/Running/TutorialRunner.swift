import Prelude
import QScript

/// Runs a tutorial's cells in order in one fresh session, translating what QScript reports in
/// cell coordinates into positions in the tutorial's file.
public struct TutorialRunner: Sendable {
    public var options: RunOptions

    public init(options: RunOptions = RunOptions()) {
        self.options = options
    }

    public func run(_ tutorial: Tutorial, observer: (any RunObserver)? = nil) -> TutorialRun {
        let session = Prelude.session(limits: Session.Limits(timeout: options.defaultTimeout),
                                      progress: observer.map { o in { @Sendable status in o.cellReported(status) } })
        var runs: [CellRun] = []
        var stopped = false
        // The cell of each `session.run` call, in order: diagnostics name earlier calls by number.
        var origins = RunOrigins()
        for cell in tutorial.cells {
            if stopped || !cell.options.eval || cell.options.exerciseID != nil {
                // Exercise cells (starter, check, solution) never run in the tutorial's main line.
                // The grader runs them (`qbook check`, `qbook test`), each in a session of its own.
                let skipped = CellRun(cellIndex: cell.index, status: .skipped, outputs: [], failedUnexpectedly: false)
                observer?.cellDidRun(cell, result: skipped, of: tutorial)
                runs.append(skipped)
                continue
            }
            observer?.cellWillRun(cell, of: tutorial)
            let result = session.run(cell.source, timeout: cell.options.timeout, memory: cell.options.memory)
            origins.append(.cell(cell, path: tutorial.path))
            let run = translate(result, of: cell, in: tutorial, origins: origins)
            observer?.cellDidRun(cell, result: run, of: tutorial)
            runs.append(run)
            if run.failedUnexpectedly && options.failFast { stopped = true }
        }
        return TutorialRun(tutorial: tutorial, cells: runs)
    }

    private func translate(_ result: CellResult, of cell: Cell, in tutorial: Tutorial, origins: RunOrigins) -> CellRun {
        var outputs: [CellRun.Output] = result.outputs.map { output in
            switch output {
            case .text(let text): .text(text)
            case .value(let text): .value(text)
            case .rich(.figure(let svg, let text, let alt, let title)): .figure(svg: svg, text: text, alt: alt, title: title)
            case .rich(.table(let columns, let rows)): .table(columns: columns, rows: rows)
            case .error(let diagnostic): .error(origins.locate(diagnostic))
            }
        }
        let failed = result.status == .error
        var unexpected = failed != cell.options.expectError
        if cell.options.expectError && !failed {
            outputs.append(.error(SourceDiagnostic(
                id: "expected-error-missing",
                message: "this cell is marked 'expect-error: true' but ran without an error",
                path: tutorial.path, position: cell.optionPositions["expect-error"] ?? cell.range.start)))
            unexpected = true
        }
        return CellRun(cellIndex: cell.index, status: failed ? .error : .ok, outputs: outputs,
                       failedUnexpectedly: unexpected)
    }
}
