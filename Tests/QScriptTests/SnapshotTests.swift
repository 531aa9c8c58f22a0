import Foundation
import Testing
import TestSupport
@testable import QScript

/// Session snapshots (`Session+Snapshot`): a session restored from the state after cell k
/// continues exactly as the session that ran every cell did.
struct SnapshotTests {
    static let snapshotScripts = FixtureFolder("Fixtures/snapshots")

    static func cells(of fixture: Fixture) throws -> [String] {
        try fixture.text().components(separatedBy: "// --- cell\n")
    }

    /// Runs `cells` straight through, then for every k restores a new session from the snapshot
    /// after cell k−1 and runs cells k…; each run must give the same results. Returns how many
    /// restores were compared (a state with a closure cannot be saved, and is skipped).
    static func compareRestores(_ cells: [String], name: String, library: Library = .empty,
                                imports: Set<String> = []) -> Int {
        let straight = Session(library: library, imports: imports)
        var expected: [CellResult] = []
        var snapshots: [Result<SessionSnapshot, SnapshotError>] = []
        for cell in cells {
            expected.append(straight.run(cell))
            snapshots.append(Result { () throws(SnapshotError) in try straight.snapshot() })
        }
        var compared = 0
        for k in 1..<max(cells.count, 1) {
            guard case .success(let snapshot) = snapshots[k - 1] else { continue }
            let resumed = Session(library: library, imports: imports)
            do {
                try resumed.restore(snapshot, cells: Array(cells[..<k]))
            } catch {
                Issue.record("\(name): restoring after cell \(k) failed: \(error)")
                continue
            }
            for j in k..<cells.count {
                let result = resumed.run(cells[j])
                #expect(result == expected[j], "\(name): cell \(j + 1) after restoring from cell \(k)")
            }
            compared += 1
        }
        return compared
    }

    @Test(arguments: snapshotScripts.fixtures(endingWith: ".swift") + ScriptTests.scripts.fixtures(endingWith: ".swift"))
    func restoredSessionsContinueExactly(_ fixture: Fixture) throws {
        let cells = try Self.cells(of: fixture)
        let compared = Self.compareRestores(cells, name: try fixture.path())
        if try fixture.path() == "every-kind.swift" {
            #expect(compared == cells.count - 1, "every state of every-kind.swift can be saved")
        }
    }

    @Test func theDedicatedScriptShowsWhatItClaims() throws {
        let cells = try Self.cells(of: Self.snapshotScripts.fixtures(endingWith: ".swift")[0])
        let session = Session()
        let results = cells.map { session.run($0) }
        #expect(results.map(\.status) == [.ok, .ok, .ok, .ok, .error, .error, .ok, .ok])
        let last = results.last?.outputs.first
        #expect(last == .text("5 qubit é! [\"b\": 2.0, \"a\": 1.0, \"c\": 0.5, \"d\": 4.0] [[1, 2], [3, 4, 5]] 7 6 10\n"))
        #expect(results[1].outputs.first == .text("""
            3 0.30000000000000004 -nan [0.0, -0.0] qubit é 🇨🇭
            [[1, 2], [3, 4]] ["b": 2.0, "a": 1.0, "c": 0.5] (left: 1, right: "r") -1 2.5 1..<4 0...2 [0.0, 0.25, 0.5, 0.75] [true, false]
            4

            """))
    }

    @Test func aClosureCannotBeSavedAndTheMessageNamesIt() {
        let session = Session()
        _ = session.run("var total = 0\nlet add = { (n: Int) in total += n }")
        #expect(throws: SnapshotError.unsavable("`add` holds a function or closure, which a snapshot cannot save")) {
            try session.snapshot()
        }
        _ = session.run("var counters = [Int: () -> Int]()")
        let fresh = Session()
        _ = fresh.run("func f() -> Int { 1 }\nlet n = f()")
        #expect(throws: Never.self) { try fresh.snapshot() }
    }

    @Test func restoringOtherCellsIsRefusedAndLeavesANewSession() throws {
        let session = Session()
        _ = session.run("var a = 1")
        _ = session.run("var b = [a, 2]")
        let snapshot = try session.snapshot()
        let resumed = Session()
        #expect(throws: SnapshotError.mismatch("it follows 2 cells, not 1")) {
            try resumed.restore(snapshot, cells: ["var a = 1"])
        }
        #expect(throws: SnapshotError.mismatch("it holds `a: Int` where the cells declare `a: Double`")) {
            try resumed.restore(snapshot, cells: ["var a = 1.0", "var b = [a, 2]"])
        }
        // Nothing of the failed attempts stays: the session starts from cell 1.
        let result = resumed.run("print(a)")
        #expect(result.diagnostics.first?.message.contains("cannot find 'a' in scope") == true)
        let again = Session()
        try again.restore(snapshot, cells: ["var a = 1", "var b = [a, 2]"])
        #expect(again.run("print(b)").outputs == [.text("[1, 2]\n")])
        #expect(throws: SnapshotError.mismatch("this session has already run cells")) {
            try again.restore(snapshot, cells: ["var a = 1", "var b = [a, 2]"])
        }
    }

    @Test func damagedBytesAreReportedNotTrusted() throws {
        let session = Session()
        _ = session.run("var a = [1.5, 2.5]\nvar s = \"text\"")
        let bytes = try session.snapshot().bytes
        let cells = ["var a = [1.5, 2.5]\nvar s = \"text\""]
        for cut in [0, 5, SessionSnapshot.magic.count + 3, bytes.count - 1] {
            #expect(throws: SnapshotError.self) { try Session().restore(SessionSnapshot(bytes: Array(bytes[..<cut])), cells: cells) }
        }
        var flipped = bytes
        // The tag of `a`'s value: after the cell count, the kept-names count, the variable count,
        // and the name "a" and type "[Double]" with their lengths.
        flipped[SessionSnapshot.magic.count + 8 + 8 + 8 + (8 + 1) + (8 + 8)] = 0xEE
        #expect(throws: SnapshotError.self) { try Session().restore(SessionSnapshot(bytes: flipped), cells: cells) }
        #expect(throws: Never.self) { try Session().restore(SessionSnapshot(bytes: bytes), cells: cells) }
    }

    @Test func equalStatesGiveEqualBytes() throws {
        let cells = ["var d: [String: Int] = [:]\nfor k in [\"z\", \"a\", \"m\"] { d[k] = k.count }", "let t = (1, [2.0], \"x\")"]
        func bytes() throws -> [UInt8] {
            let s = Session()
            for c in cells { _ = s.run(c) }
            return try s.snapshot().bytes
        }
        #expect(try bytes() == bytes())
    }

    @Test func theBinaryCoderKeepsEveryBit() throws {
        struct Sample: Codable, Equatable {
            var values: [Double]
            var ints: [Int]
            var words: [UInt64]
            var small: Int8
            var float: Float
            var text: String
            var missing: Int?
            var present: Int?
            var nested: [String: [Bool]]
            var kind: Kind
            enum Kind: Codable, Equatable { case a(Double, label: String), b }
        }
        let sample = Sample(values: [-Double.nan, -0.0, .infinity, 0.1], ints: [.min, .max], words: [.max], small: -128,
                            float: -.nan, text: "é\u{0}", missing: nil, present: 3, nested: ["x": [true], "y": []],
                            kind: .a(2, label: "l"))
        let back = try SnapshotCoder.decode(Sample.self, from: SnapshotCoder.encode(sample))
        #expect(back.values.map(\.bitPattern) == sample.values.map(\.bitPattern))
        #expect(back.float.bitPattern == sample.float.bitPattern)
        var comparable = back
        comparable.values = sample.values
        comparable.float = sample.float
        #expect(comparable.ints == sample.ints && comparable.text == sample.text && comparable.missing == nil)
        #expect(comparable.present == 3 && comparable.nested == sample.nested && comparable.kind == sample.kind)
        #expect(throws: (any Error).self) { try SnapshotCoder.decode(Int8.self, from: SnapshotCoder.encode(300)) }
    }
}
