/// A struct declared in a cell. Its values are tuples of its stored properties, in declaration
/// order (so copies, `==` and places work as for tuples); its methods and computed properties
/// are functions whose first parameter is `self` (`inout` for a `mutating` method), called by
/// `Checker+Structs`.
final class StructType: @unchecked Sendable, Hashable {
    struct Field {
        var name: String
        var type: QType
        var isLet: Bool
        /// The default value (compiled where the struct is declared), which makes the argument
        /// optional in the memberwise initializer; a `let` with a default is not an argument.
        var defaultValue: Typed?
        var loc: SourceLoc
    }

    let name: String
    let loc: SourceLoc
    var fields: [Field] = []
    var isEquatable = false
    var isHashable = false
    /// Methods by base name (overloaded by argument labels), and which of them are `mutating`.
    var methods: [String: [FunctionSignature]] = [:]
    var mutatingMethods = Set<ObjectIdentifier>()
    /// Get-only computed properties, as functions of `self`.
    var computed: [String: FunctionSignature] = [:]

    init(name: String, loc: SourceLoc) {
        self.name = name
        self.loc = loc
    }

    func fieldIndex(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }

    func hasMember(_ name: String) -> Bool {
        fieldIndex(name) != nil || computed[name] != nil || methods[name] != nil
    }

    func isMutating(_ sig: FunctionSignature) -> Bool { mutatingMethods.contains(ObjectIdentifier(sig)) }

    /// The memberwise initializer's parameters: every `var`, and every `let` without a default.
    var initializerFields: [Int] {
        fields.indices.filter { !fields[$0].isLet || fields[$0].defaultValue == nil }
    }

    static func == (a: StructType, b: StructType) -> Bool { a === b }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }
}
