import Foundation
import Testing
import TestSupport
@testable import QScript

/// Script tests in the style of jlox's test suite: each `Fixtures/scripts/*.swift` holds cells
/// (split by `// --- cell`) run in one session, with expectations in comments:
///
///     print(1 + 2)      // expect: 3
///     let x: Int = 1.5  // expect error: cannot convert value of type 'Double'
///     2 * 21            // expect value: 42
///
/// `expect:` lines give the cell's printed lines in order; `expect value:` the displayed last
/// value; `expect error:` an error diagnostic located on that line whose message contains the text.
struct ScriptTests {
    static let scripts = FixtureFolder("Fixtures/scripts")

    @Test(arguments: scripts.fixtures(endingWith: ".swift"))
    func script(_ fixture: Fixture) throws {
        let name = try fixture.path()
        let source = try fixture.text()
        let cells = source.components(separatedBy: "// --- cell\n")
        let session = Session()
        var checked = 0
        for cell in cells {
            var expectedLines: [String] = []
            var expectedValues: [String] = []
            var expectedErrors: [(line: Int, text: String)] = []
            for (i, line) in cell.components(separatedBy: "\n").enumerated() {
                if let r = line.range(of: "// expect: ") { expectedLines.append(String(line[r.upperBound...])) }
                if let r = line.range(of: "// expect value: ") { expectedValues.append(String(line[r.upperBound...])) }
                if let r = line.range(of: "// expect error: ") { expectedErrors.append((i + 1, String(line[r.upperBound...]))) }
            }
            let result = session.run(cell)
            let text = result.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
            var printed = text.components(separatedBy: "\n")
            if printed.last == "" { printed.removeLast() }
            #expect(printed == expectedLines, "\(name): printed lines")
            let values = result.outputs.compactMap { if case .value(let v) = $0 { v } else { nil } }
            #expect(values == expectedValues, "\(name): displayed values")
            let diagnostics = result.diagnostics
            #expect(diagnostics.count == expectedErrors.count, "\(name): \(diagnostics.map { "\($0.line):\($0.column) \($0.message)" })")
            for (d, e) in zip(diagnostics, expectedErrors) {
                #expect(d.line == e.line && d.message.contains(e.text), "\(name): got \(d.line): \(d.message), expected \(e.line): \(e.text)")
            }
            #expect(result.status == (expectedErrors.isEmpty ? .ok : .error), "\(name): status")
            checked += expectedLines.count + expectedValues.count + expectedErrors.count
        }
        #expect(checked > 0, "\(name) has no expectations")
    }
}
