/// One member of a library as cells see it, for listings (Prelude's README table) and for
/// tests that prove every member is exercised.
public struct BoundMember: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case initializer, method, mutatingMethod = "mutating method", staticMethod = "static method"
        case staticProperty = "static property", property, settableProperty = "settable property"
        case `subscript`, function, `operator`, prefixOperator = "prefix operator"
    }

    public let kind: Kind
    /// The type the member belongs to; nil for functions and operators.
    public let owner: String?
    /// Swift's declaration of the member as cells see it, e.g. `rx(_: Double, _: Int)`,
    /// `init(qubits: Int, layers: Int = 1)`, `probabilities() -> [Double]`.
    public let declaration: String
    /// A unique key: the owner, the name, the labels and parameter types.
    public let key: String
}

extension Library {
    /// Every member as a Markdown table, one row per member grouped by owner (functions and
    /// operators first): what Prelude's README shows, generated so it cannot go stale.
    public func memberTable() -> String {
        var lines = ["| type | kind | declaration |", "| --- | --- | --- |"]
        for m in members {
            let declaration = m.declaration.replacingOccurrences(of: "|", with: "\\|")
            lines.append("| \(m.owner.map { "`\($0)`" } ?? "") | \(m.kind.rawValue) | `\(declaration)` |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
