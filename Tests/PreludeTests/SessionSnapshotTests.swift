import Foundation
import Testing
import TestSupport
import QScript
@testable import Prelude

/// Session snapshots with the course library's values in them: every program of the library
/// corpus is cut into cells (at its top-level statements), and a session restored from the
/// state after any of those cells must continue exactly as the session that ran them all.
/// That puts circuits, states, density matrices, tableaux, distributions, trained models,
/// optimisers mid-run and figures through the snapshot's `Codable` writing and reading.
struct SessionSnapshotTests {
    static let library = Prelude.library()

    /// The program's top-level statements, grouped into cells of a few lines: a cut falls only
    /// where brackets are balanced and the next line starts at column 1 (a new statement).
    static func cells(of source: String, linesPerCell: Int = 1) -> [String] {
        var cells: [String] = []
        var current: [Substring] = []
        var depth = 0
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let startsStatement = !(line.first.map { $0 == " " || $0 == "}" || $0 == ")" || $0 == "]" || $0 == "." } ?? true)
            if depth == 0, startsStatement, current.count >= linesPerCell {
                cells.append(current.joined(separator: "\n") + "\n")
                current = []
            }
            current.append(line)
            for c in line where c == "{" || c == "(" || c == "[" { depth += 1 }
            for c in line where c == "}" || c == ")" || c == "]" { depth -= 1 }
        }
        if !current.isEmpty { cells.append(current.joined(separator: "\n")) }
        return cells
    }

    @Test(arguments: LibraryCorpusTests.corpus.fixtures(endingWith: ".swift"))
    func restoredSessionsContinueExactly(_ fixture: Fixture) throws {
        let path = try fixture.path()
        let cells = Self.cells(of: try fixture.text())
        let straight = Session(library: Self.library)
        var expected: [CellResult] = []
        var snapshots: [Result<SessionSnapshot, SnapshotError>] = []
        for cell in cells {
            expected.append(straight.run(cell))
            snapshots.append(Result { () throws(SnapshotError) in try straight.snapshot() })
        }
        for k in 1..<max(cells.count, 1) {
            let snapshot: SessionSnapshot
            switch snapshots[k - 1] {
            case .success(let s): snapshot = s
            case .failure(let refusal):
                // Only a cell's closure (inside a `CustomLoss`) may keep a state from being saved.
                #expect(refusal.description.contains("CustomLoss"), "\(path): after cell \(k): \(refusal)")
                continue
            }
            let resumed = Session(library: Self.library)
            do {
                try resumed.restore(snapshot, cells: Array(cells[..<k]))
            } catch {
                Issue.record("\(path): restoring after cell \(k) failed: \(error)")
                continue
            }
            for j in k..<cells.count {
                #expect(resumed.run(cells[j]) == expected[j], "\(path): cell \(j + 1) of \(cells.count) after restoring from cell \(k)")
            }
        }
    }

    /// Every bound type's values can be saved except those holding a cell's closure
    /// (`CustomLoss`) and the namespaces, which have no values (`Datasets`, `ChowLiuTree`,
    /// `IsingChain` only hold static members).
    @Test func everyBoundTypeButTheClosureHoldersIsSavable() {
        let unsavable = Self.library.boundTypes.filter { !$0.isProtocol && !$0.isSavable }.map(\.name).sorted()
        #expect(unsavable == ["ChowLiuTree", "CustomLoss", "Datasets", "IsingChain"])
    }

    @Test func aStateWithACellClosureInsideALibraryValueIsRefused() throws {
        let session = Session(library: Self.library)
        let result = session.run("let loss = CustomLoss(name: \"zero\") { p, q in (0.0, p) }")
        #expect(result.status == .ok, "\(result.outputs)")
        #expect(throws: SnapshotError.unsavable("`loss` holds a CustomLoss, which a snapshot cannot save")) { try session.snapshot() }
    }
}
