import Foundation
import Testing
@testable import QBook

/// Captures what a reporter writes, standard output and error apart.
private final class Capture: @unchecked Sendable {
    private let lock = NSLock()
    private var _out = "", _err = ""
    var out: String { lock.withLock { _out } }
    var err: String { lock.withLock { _err } }

    func console(errorIsTerminal: Bool = false) -> Console {
        Console(out: { text in self.lock.withLock { self._out += text } },
                err: { text in self.lock.withLock { self._err += text } },
                errorIsTerminal: errorIsTerminal)
    }
}

@Suite struct TerminalReporterTests {
    private let tutorial = try! TutorialReader().readMarkdown(SourceText(path: "t.md", text: """
        ```swift
        //| label: table
        print(1)
        ```

        ```swift
        print(2)
        ```

        """))

    @Test func showsEachOutputKindForAPerson() {
        let capture = Capture()
        let reporter = TerminalReporter(style: .person, console: capture.console())
        reporter.cellDidRun(tutorial.cells[0], result: CellRun(cellIndex: 0, status: .ok, outputs: [
            .text("printed\n"), .value("42"), .table(columns: ["x", "p(x)"], rows: [["00", "0.5"], ["11", "0.5"]]),
            .figure(svg: "<svg/>", text: "▁▃█ a histogram", alt: "a histogram"),
        ], failedUnexpectedly: false), of: tutorial)
        #expect(capture.out == """
            ── cell 1 · table · t.md:1
            printed
            42
            x   p(x)
            --  ----
            00  0.5
            11  0.5
            ▁▃█ a histogram

            """)
        #expect(capture.err == "")
    }

    @Test func plainLeavesOutNamesAndSendsErrorsToStandardError() {
        let capture = Capture()
        let reporter = TerminalReporter(style: .plain, console: capture.console())
        let error = SourceDiagnostic(id: "x", message: "boom", path: "t.md", position: .init(line: 7, column: 7))
        reporter.cellDidRun(tutorial.cells[1], result: CellRun(cellIndex: 1, status: .error,
                            outputs: [.text("2\n"), .error(error)], failedUnexpectedly: true), of: tutorial)
        #expect(capture.out == "2\n")
        #expect(capture.err == "t.md:7:7: error: boom\n 7 | print(2)\n   |       ^\n")
    }

    @Test func aLongCellShowsItIsAliveUntilItEnds() {
        let watched = Capture()
        let progress = ProgressLine(console: watched.console(errorIsTerminal: true), ticking: .manual)
        progress.tick(elapsed: 0.1)  // no cell is running
        progress.start("cell 2 · line 6")
        #expect(watched.err == "")
        progress.tick(elapsed: 0.5)
        progress.tick(elapsed: 0.64)
        #expect(watched.err == "\r⠋ cell 2 · line 6 · 0.5 s\u{1B}[K\r⠙ cell 2 · line 6 · 0.6 s\u{1B}[K")
        progress.stop()  // the line is erased when the cell ends
        #expect(watched.err.hasSuffix("0.6 s\u{1B}[K\r\u{1B}[K"))
        let ended = watched.err
        progress.tick(elapsed: 0.7)
        progress.stop()
        #expect(watched.err == ended)

        // A cell that ends before the first frame leaves nothing to erase.
        let quick = Capture()
        let quickProgress = ProgressLine(console: quick.console(errorIsTerminal: true), ticking: .manual)
        quickProgress.start("cell 1 · line 1")
        quickProgress.stop()
        #expect(quick.err == "")
    }

    @Test func whatTheLibraryReportsFollowsTheTime() {
        let watched = Capture()
        let progress = ProgressLine(console: watched.console(errorIsTerminal: true), ticking: .manual)
        progress.start("cell 3 · train")
        progress.detail("step 40 of 200 · loss 1.234e-03")
        progress.tick(elapsed: 2.4)
        #expect(watched.err == "\r⠋ cell 3 · train · 2.4 s · step 40 of 200 · loss 1.234e-03\u{1B}[K")
        progress.stop()
        progress.start("cell 4 · plot")   // a new cell starts without the last one's report
        progress.tick(elapsed: 0.5)
        #expect(watched.err.hasSuffix("\r⠋ cell 4 · plot · 0.5 s\u{1B}[K"))
    }

    /// A training cell's steps reach the runner's observer while the cell runs.
    @Test func trainingReportsItsStepsToTheObserver() throws {
        final class Recorder: RunObserver, @unchecked Sendable {
            var reports: [String] = []
            func cellWillRun(_ cell: Cell, of tutorial: Tutorial) {}
            func cellDidRun(_ cell: Cell, result: CellRun, of tutorial: Tutorial) {}
            func cellReported(_ status: String) { reports.append(status) }
        }
        let tutorial = try TutorialReader().readMarkdown(SourceText(path: "t.md", text: """
            ---
            title: T
            ---
            ```swift
            var m = BornMachine(qubits: 2, layers: 1, seed: 1)
            m.train(target: .uniform(qubits: 2), steps: 3)
            ```

            """))
        let recorder = Recorder()
        _ = TutorialRunner().run(tutorial, observer: recorder)
        #expect(recorder.reports.count == 3)
        #expect(recorder.reports.first?.hasPrefix("step 1 of 3 · loss ") == true)
    }

    @Test func progressIsDrawnOnlyForAPersonAtATerminal() {
        let terminal = Capture().console(errorIsTerminal: true), pipe = Capture().console(errorIsTerminal: false)
        #expect(TerminalReporter(style: .person, console: terminal).showsProgress)
        #expect(!TerminalReporter(style: .person, console: pipe).showsProgress)
        #expect(!TerminalReporter(style: .plain, console: terminal).showsProgress)
    }
}
