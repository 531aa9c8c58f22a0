import Foundation
import Testing
@testable import QScript

/// Diagnostics name the cell their position lies in: nil for the cell being run, the number of
/// an earlier `Session.run` call for code that call compiled (`Diagnostic.cell`).
struct CellPositionTests {
    @Test func trapInAFunctionOfAnEarlierCellPointsIntoThatCell() throws {
        let s = Session()
        let cell0 = """
        let limit = 3
        func pick(_ xs: [Int], _ i: Int) -> Int {
            let k = i * 2
            return xs[k]
        }
        """
        #expect(s.run(cell0).status == .ok)
        let r = s.run("let xs = [1, 2, 3]\nprint(pick(xs, 0))\nprint(pick(xs, 5))")
        #expect(r.outputs.first == .text("1\n"))
        let d = try #require(r.diagnostics.first)
        #expect(d.id == "index-out-of-range")
        #expect(d.cell == 0)
        // The `[` of `xs[k]` in cell 0 (where Swift traps), not the call on line 3 of cell 1.
        #expect(d.line == 4 && d.column == 14)
    }

    @Test func trapInTheRunningCellHasNoCellNumber() throws {
        let s = Session()
        _ = s.run("let a = [1]")
        let r = s.run("print(1)\nlet b = a[3]")
        let d = try #require(r.diagnostics.first)
        #expect(d.id == "index-out-of-range")
        #expect(d.cell == nil)
        #expect(d.line == 2)
    }

    @Test func everyRunCallCountsIncludingFailedOnes() throws {
        let s = Session()
        _ = s.run("func half(_ n: Int) -> Int { n / 0 }")            // 0: rejected (constant division by zero)
        _ = s.run("func inc(_ n: Int) -> Int {\n    n + 1\n}")       // 1
        _ = s.run("let broken: Int = \"x\"")                         // 2: rejected
        _ = s.run("func twice(_ n: Int) -> Int { inc(inc(n)) }")   // 3
        let r = s.run("print(twice(Int.max - 1))")                  // 4
        let d = try #require(r.diagnostics.first)
        #expect(d.id == "overflow")
        #expect(d.cell == 1)
        #expect(d.line == 2 && d.column == 7)
    }

    @Test func closuresStoredInEarlierCellsAndTimeoutsInsideThem() throws {
        let s = Session()
        _ = s.run("let check = { (x: Int?) -> Int in\n    x!\n}")
        let unwrap = try #require(s.run("print(check(nil))").diagnostics.first)
        #expect(unwrap.id == "unwrap-nil")
        #expect(unwrap.cell == 0 && unwrap.line == 2)

        _ = s.run("func spin() {\n    var n = 0\n    while true { n += 1 }\n}")
        let timeout = try #require(s.run("spin()", timeout: 0.2).diagnostics.first)
        #expect(timeout.id == "timeout")
        #expect(timeout.cell == 2 && timeout.line == 3)
        #expect(s.run("print(7)").outputs == [.text("7\n")])
    }

    @Test func recursionLimitInsideAnEarlierCellsFunction() throws {
        let s = Session(limits: .init(maxRecursionDepth: 100))
        _ = s.run("func down(_ n: Int) -> Int {\n    if n == 0 { return 0 }\n    return 1 + down(n - 1)\n}")
        let d = try #require(s.run("print(down(1_000))").diagnostics.first)
        #expect(d.id == "recursion-limit")
        #expect(d.cell == 0 && d.line == 3)
    }

    @Test func notesPointIntoTheCellThatDeclaredTheName() throws {
        let s = Session()
        _ = s.run("print(0)\nlet k = 1")
        let d = try #require(s.run("k = 2").diagnostics.first)
        #expect(d.id == "let-assignment")
        #expect(d.cell == nil && d.line == 1)
        let note = try #require(d.notes.first { $0.line != nil })
        #expect(note.cell == 0 && note.line == 2)
    }

    @Test func diagnosticKeepsItsSourceCompatibleInitialiserAndCodable() throws {
        let old = Diagnostic(id: "x", message: "m", line: 1, column: 2)
        #expect(old.cell == nil)
        let d = Diagnostic(id: "x", message: "m", line: 1, column: 2,
                           notes: [.init(message: "n", line: 3, column: 4, cell: 1)], cell: 1)
        let data = try JSONEncoder().encode(d)
        #expect(try JSONDecoder().decode(Diagnostic.self, from: data) == d)
        let legacy = #"{"id":"x","severity":"error","message":"m","line":1,"column":2,"notes":[]}"#
        #expect(try JSONDecoder().decode(Diagnostic.self, from: Data(legacy.utf8)) == old)
    }
}
