import Foundation
import Testing
import TestSupport
@testable import QScript
@testable import Prelude

/// `StandardLibrary`'s table against the checker and against swiftc: every row's example runs
/// (so every row is implemented), a Foundation row fails without the import, and
/// `LibraryCorpus/standard/standard-members.swift` — every example in one program, recorded from
/// swiftc like the rest of the library corpus — is exactly what the table generates, so the
/// recorded outputs check the table's members against the compiler.
struct StandardLibraryTests {
    static let library = Prelude.library()

    @Test(arguments: StandardLibrary.members.indices)
    func exampleRuns(_ index: Int) {
        let member = StandardLibrary.members[index]
        let result = Session(limits: Session.Limits(), library: Self.library).run(member.example)
        let errors = result.outputs.compactMap { if case .error(let d) = $0 { d.message } else { nil } }
        #expect(result.status == .ok, "\(member.receiver.rawValue).\(member.declaration): \(errors)")
    }

    @Test func foundationRowsNeedTheImport() {
        for member in StandardLibrary.members where member.needsFoundation {
            let withoutImport = member.example.split(separator: "\n").filter { $0 != "import Foundation" }.joined(separator: "\n")
            let result = Session(limits: Session.Limits(), library: Self.library).run(withoutImport)
            #expect(result.status == .error, "\(member.declaration) ran without 'import Foundation'")
        }
    }

    @Test func namesDerivedFromTheTable() {
        // Each name list the checker consults holds exactly the table's members.
        #expect(StandardLibrary.mutatingNames.isSuperset(of: ["append", "toggle", "negate", "removeValue"]))
        #expect(!StandardLibrary.mutatingNames.contains("merge"))
        #expect(QType.array(.int).hasMutatingMethod("swapAt") && !QType.string.hasMutatingMethod("swapAt"))
        #expect(StandardLibrary.staticPropertyNames(.int) == ["max", "min", "bitWidth"])
        for member in StandardLibrary.members { #expect(!member.name.isEmpty, "\(member.declaration)") }
    }

    /// The program `LibraryCorpus/standard/standard-members.swift` must be.
    static func corpusProgram() -> String {
        var lines = ["// Generated from StandardLibrary's table (StandardLibraryTests): one block per member.",
                     "import Foundation"]
        for member in StandardLibrary.members {
            lines.append("do { // \(member.receiver.rawValue): \(member.declaration)")
            for line in member.example.split(separator: "\n") where line != "import Foundation" {
                lines.append("    " + line)
            }
            lines.append("}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func corpusProgramIsTheTable() throws {
        let folder = FixtureFolder("LibraryCorpus")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try Self.corpusProgram().write(to: folder.fileURL("standard/standard-members.swift"), atomically: true, encoding: .utf8)
            return
        }
        let program = try folder.text("standard/standard-members.swift")
        #expect(program == Self.corpusProgram(), "regenerate with RECORD_GOLDENS=1, then record with LibraryCorpus/record-goldens.sh")
    }
}
