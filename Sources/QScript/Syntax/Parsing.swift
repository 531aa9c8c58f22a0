import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// The front end: swift-syntax parses, reports syntax errors, folds operators with Swift's real
/// precedence table, and `Lowerer` turns the result into QScript's own tree.
enum Parsing {
    struct Result {
        var statements: [Stmt]
        var diagnostics: [Diagnostic]
    }

    /// - Parameter cell: the number of the `Session.run` call `source` came from; every
    ///   position in the tree carries it.
    static func parse(_ source: String, cell: Int) -> Result {
        if let (line, column) = BracketGuard.tooDeep(source) {
            return Result(statements: [], diagnostics: [Diagnostic(
                id: "too-complex", message: "brackets are nested more than \(BracketGuard.maxDepth) deep; the parser cannot check this cell in reasonable time",
                line: line, column: column)])
        }
        let tree = Parser.parse(source: source)
        let lines = LineMap(source, cell: cell)
        // swift-syntax 603.0.1 traps while making a Fix-It for an `=` whose surrounding
        // whitespace is unusual (e.g. `a \u{0B}= 1`); report that one ourselves, before
        // its diagnostics generator can see it (found by the fuzzer).
        for token in tree.tokens(viewMode: .sourceAccurate) {
            if token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides {
                let loc = lines.location(of: token)
                return Result(statements: [], diagnostics: [Diagnostic(
                    id: "syntax", message: "'=' must have consistent whitespace on both sides", at: loc)])
            }
        }
        var diagnostics: [Diagnostic] = []
        var seen = Set<SourceLoc>()
        for d in ParseDiagnosticsGenerator.diagnostics(for: tree) where d.diagMessage.severity == .error {
            let loc = lines.location(ofUTF8Offset: d.position.utf8Offset)
            // One mistake can give two diagnostics at one spot; keep the first.
            guard seen.insert(loc).inserted else { continue }
            diagnostics.append(Diagnostic(
                id: "syntax", message: d.message, at: loc,
                notes: d.fixIts.isEmpty ? [] : [Diagnostic.Note(message: "fix: " + d.fixIts[0].message.message)]))
        }
        if !diagnostics.isEmpty { return Result(statements: [], diagnostics: diagnostics) }

        // Folding would fail on a custom operator's uses; name the declaration instead.
        for item in tree.statements {
            if case .decl(let d) = item.item, d.is(OperatorDeclSyntax.self) || d.is(PrecedenceGroupDeclSyntax.self) {
                let loc = lines.location(of: d)
                let what = d.is(OperatorDeclSyntax.self) ? "operator declarations" : "precedence group declarations"
                return Result(statements: [], diagnostics: [Diagnostic(id: "unsupported", message: Diagnostic.unsupported(what), at: loc)])
            }
        }
        let folded: Syntax
        var foldErrors: [Diagnostic] = []
        folded = OperatorTable.standardOperators.foldAll(tree) { error in
            let loc = lines.location(ofUTF8Offset: error.asDiagnostic.position.utf8Offset)
            foldErrors.append(Diagnostic(id: "operator-precedence", message: error.message,
                                         at: loc))
        }
        if !foldErrors.isEmpty { return Result(statements: [], diagnostics: foldErrors) }
        guard let file = folded.as(SourceFileSyntax.self) else {
            return Result(statements: [], diagnostics: [Diagnostic(id: "syntax", message: "could not read the cell", line: 1, column: 1)])
        }
        var lowerer = Lowerer(lines: lines)
        let statements = lowerer.mergeExtensions(lowerer.lower(file.statements))
        return Result(statements: statements, diagnostics: lowerer.diagnostics)
    }
}
