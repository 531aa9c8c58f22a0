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
