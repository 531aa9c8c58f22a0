/// A member's signature as a binding wrote it. Two forms:
/// - labels only, as Swift names a function: `"sample(shots:seed:)"`, `"h(_:)"`, `"run()"`;
/// - Swift's declaration syntax, with types, default values and a result type:
///   `"init(qubits: Int, layers: Int = 1, seed: Int = 0)"`, `"f(_ x: Double) -> (a: Int, b: Int)"`.
/// A property's or static property's signature is its bare name.
struct Signature {
    var name: String
    var labels: [String?]
    /// The declared parameter types (declaration form only).
    var types: [TypeRepr]?
    /// Default values (declaration form only; nil where the argument is required).
    var defaults: [Expr?]
    var result: TypeRepr?

    /// The position every node of a parsed signature carries (not a cell of the session).
    static let cell = -2

    static func parse(_ text: String) -> Result<Signature, SignatureError> {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") || text.contains("->") else {
            if text.isEmpty || text.contains(where: { $0 == " " || $0 == ")" }) {
                return .failure(SignatureError(message: "'\(text)' is not a signature"))
            }
            return .success(Signature(name: text, labels: [], types: nil, defaults: [], result: nil))
        }
        let name = String(text[..<open])
        let rest = text[open...]
        if let labels = shortLabels(rest) {
            return .success(Signature(name: name, labels: labels, types: nil, defaults: labels.map { _ in nil }, result: nil))
        }
        return parseDeclaration(name: name, rest: String(rest), text: text)
    }

    /// `(a:_:b:)` → ["a", nil, "b"]; nil when `rest` is not of that form.
    private static func shortLabels(_ rest: Substring) -> [String?]? {
        guard rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
        let inner = rest.dropFirst().dropLast()
        if inner.isEmpty { return [] }
        guard inner.hasSuffix(":") else { return nil }
        var labels: [String?] = []
        for part in inner.dropLast().split(separator: ":", omittingEmptySubsequences: false) {
            guard !part.isEmpty, part.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) else { return nil }
            labels.append(part == "_" ? nil : String(part))
        }
        return labels
    }

    /// The declaration form, parsed by swift-syntax as a function declaration.
    private static func parseDeclaration(name: String, rest: String, text: String) -> Result<Signature, SignatureError> {
        let parsed = Parsing.parse("func qscriptBinding\(rest) {}", cell: cell)
        if let d = parsed.diagnostics.first {
            return .failure(SignatureError(message: "cannot parse the signature '\(text)': \(d.message)"))
        }
        guard parsed.statements.count == 1, case .function(let decl) = parsed.statements[0].kind else {
            return .failure(SignatureError(message: "cannot parse the signature '\(text)'"))
        }
        return .success(Signature(name: name, labels: decl.params.map(\.label), types: decl.params.map(\.type),
                                  defaults: decl.params.map(\.defaultValue), result: decl.returnType))
    }
}

struct SignatureError: Error {
    var message: String
}
