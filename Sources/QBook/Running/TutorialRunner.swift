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
        let cells = try? run(tutorial, resuming: nil, observer: observer, saving: nil)
        return TutorialRun(tutorial: tutorial, cells: cells ?? [])
    }

    /// Where a run continues from the saved state of a session instead of rebuilding it.
    public struct ResumePoint: Sendable {
        /// The index of the last cell whose run the snapshot includes.
        public var afterCell: Int
        public var snapshot: SessionSnapshot

        public init(afterCell: Int, snapshot: SessionSnapshot) {
            self.afterCell = afterCell
            self.snapshot = snapshot
        }
    }

    /// Takes the session's snapshot (or says why it cannot be taken), when called.
    typealias SnapshotTaker = () -> Result<SessionSnapshot, SnapshotError>

    /// Runs the cells after `resuming.afterCell` (all of them without it), in a session restored
    /// from its snapshot, and hands `saving`, after each cell that ran, what takes the session's
    /// snapshot (so a saver that already holds it need not encode it again). Throws when the
    /// snapshot does not restore.
    func run(_ tutorial: Tutorial, resuming: ResumePoint?, observer: (any RunObserver)?,
             saving: ((Int, SnapshotTaker) -> Void)?) throws(SnapshotError) -> [CellRun] {
        let session = Prelude.session(limits: Session.Limits(timeout: options.defaultTimeout),
                                      progress: observer.map { o in { @Sendable status in o.cellReported(status) } })
        // The cell of each `session.run` call, in order: diagnostics name earlier calls by number.
        var origins = RunOrigins()
        var first = 0
        if let resuming {
            let restored = tutorial.cells[...resuming.afterCell].filter(\.runsInSession)
            try session.restore(resuming.snapshot, cells: restored.map(\.source))
            for cell in restored { origins.append(.cell(cell, path: tutorial.path)) }
            first = resuming.afterCell + 1
        }
        var runs: [CellRun] = []
        var stopped = false
        for cell in tutorial.cells[first...] {
            if stopped || !cell.runsInSession {
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
            if let saving, !stopped { saving(cell.index) { Result { () throws(SnapshotError) in try session.snapshot() } } }
        }
        return runs
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
