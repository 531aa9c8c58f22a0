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
        var ranCells: [Cell] = []
        for cell in tutorial.cells {
            if stopped || !cell.options.eval || cell.options.exerciseID != nil {
                // Exercise cells (starter, check, solution) never run in the tutorial's main line.
                // Nothing runs them yet: checking solutions against their checks is still to come.
                let skipped = CellRun(cellIndex: cell.index, status: .skipped, outputs: [], failedUnexpectedly: false)
                observer?.cellDidRun(cell, result: skipped, of: tutorial)
                runs.append(skipped)
                continue
            }
            observer?.cellWillRun(cell, of: tutorial)
            let result = session.run(cell.source, timeout: cell.options.timeout, memory: cell.options.memory)
            ranCells.append(cell)
            let run = translate(result, of: cell, in: tutorial, ranCells: ranCells)
            observer?.cellDidRun(cell, result: run, of: tutorial)
            runs.append(run)
            if run.failedUnexpectedly && options.failFast { stopped = true }
        }
        return TutorialRun(tutorial: tutorial, cells: runs)
    }

    private func translate(_ result: CellResult, of cell: Cell, in tutorial: Tutorial, ranCells: [Cell]) -> CellRun {
        var outputs: [CellRun.Output] = result.outputs.map { output in
            switch output {
            case .text(let text): .text(text)
            case .value(let text): .value(text)
            case .rich(.figure(let svg, let text, let alt)): .figure(svg: svg, text: text, alt: alt)
            case .rich(.table(let columns, let rows)): .table(columns: columns, rows: rows)
            case .error(let diagnostic): .error(locate(diagnostic, reportedBy: cell, ranCells: ranCells, in: tutorial))
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

    /// Moves a diagnostic into the file: positions are in the reporting cell, or in the earlier
    /// cell the diagnostic names (a trap inside a function that cell declared).
    private func locate(_ diagnostic: Diagnostic, reportedBy cell: Cell, ranCells: [Cell],
                        in tutorial: Tutorial) -> SourceDiagnostic {
        func home(_ number: Int?) -> Cell {
            number.flatMap { ranCells.indices.contains($0) ? ranCells[$0] : nil } ?? cell
        }
        return SourceDiagnostic(
            id: diagnostic.id,
            severity: SourceDiagnostic.Severity(rawValue: diagnostic.severity.rawValue) ?? .error,
            message: diagnostic.message, path: tutorial.path,
            position: home(diagnostic.cell).filePosition(line: diagnostic.line, column: diagnostic.column),
            notes: diagnostic.notes.map { note in
                SourceDiagnostic.Note(
                    message: note.message,
                    position: note.line.map { home(note.cell).filePosition(line: $0, column: note.column ?? 1) })
            })
    }
}
