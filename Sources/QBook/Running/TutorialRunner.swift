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
        let session = Prelude.session(limits: Session.Limits(timeout: options.defaultTimeout))
        var runs: [CellRun] = []
        var stopped = false
        for cell in tutorial.cells {
            if stopped || !cell.options.eval || cell.options.exerciseID != nil {
                // Exercise cells are run by the exercise checker, against their own copies of the
                // session, never in the tutorial's main line.
                let skipped = CellRun(cellIndex: cell.index, status: .skipped, outputs: [], failedUnexpectedly: false)
                observer?.cellDidRun(cell, result: skipped, of: tutorial)
                runs.append(skipped)
                continue
            }
            observer?.cellWillRun(cell, of: tutorial)
            let result = session.run(cell.source, timeout: cell.options.timeout)
            let run = translate(result, of: cell, in: tutorial)
            observer?.cellDidRun(cell, result: run, of: tutorial)
            runs.append(run)
            if run.failedUnexpectedly && options.failFast { stopped = true }
        }
        return TutorialRun(tutorial: tutorial, cells: runs)
    }

    private func translate(_ result: CellResult, of cell: Cell, in tutorial: Tutorial) -> CellRun {
        var outputs: [CellRun.Output] = result.outputs.map { output in
            switch output {
            case .text(let text): .text(text)
            case .value(let text): .value(text)
            case .rich(.svg(let svg, let alt)): .svg(svg, alt: alt)
            case .rich(.table(let columns, let rows)): .table(columns: columns, rows: rows)
            case .error(let diagnostic): .error(locate(diagnostic, in: cell, of: tutorial))
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

    private func locate(_ diagnostic: Diagnostic, in cell: Cell, of tutorial: Tutorial) -> SourceDiagnostic {
        SourceDiagnostic(
            id: diagnostic.id,
            severity: SourceDiagnostic.Severity(rawValue: diagnostic.severity.rawValue) ?? .error,
            message: diagnostic.message, path: tutorial.path,
            position: cell.filePosition(line: diagnostic.line, column: diagnostic.column),
            notes: diagnostic.notes.map { note in
                SourceDiagnostic.Note(
                    message: note.message,
                    position: note.line.map { cell.filePosition(line: $0, column: note.column ?? 1) })
            })
    }
}
