/// A struct declared in a cell. Its values are tuples of its stored properties, in declaration
/// order (so copies, `==` and places work as for tuples).
final class StructType: DeclaredType, @unchecked Sendable {
    struct Field {
        var name: String
        var type: QType
        var isLet: Bool
        /// The default value (compiled where the struct is declared), which makes the argument
        /// optional in the memberwise initializer; a `let` with a default is not an argument.
        var defaultValue: Typed?
        var loc: SourceLoc
        /// Observers (mutating functions of `self` and the new or the old value).
        var willSetObserver: FunctionSignature?
        var didSetObserver: FunctionSignature?

        var isObserved: Bool { willSetObserver != nil || didSetObserver != nil }
    }

    var fields: [Field] = []
    /// Declares initializers in its body: Swift then synthesises no memberwise one.
    var declaresInitializers = false

    override var type: QType { .structure(self) }

    func fieldIndex(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }

    override func hasMember(_ name: String) -> Bool {
        fieldIndex(name) != nil || super.hasMember(name)
    }

    /// The memberwise initializer's parameters: every `var`, and every `let` without a default.
    var initializerFields: [Int] {
        fields.indices.filter { !fields[$0].isLet || fields[$0].defaultValue == nil }
    }
}
