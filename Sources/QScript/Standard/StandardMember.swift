/// One member of the standard library as cells reach it: the type it belongs to, its
/// declaration as Swift writes it (`Element`, `Key` and `Value` standing for the receiver's
/// types), parsed once into a `StandardSignature`; the constraints it puts on the receiver's
/// types; whether it needs `import Foundation`; how it is implemented; and a cell that uses it
/// (run by `StandardLibraryTests`).
struct StandardMember: Sendable {
    enum Receiver: String, Sendable, CaseIterable {
        /// Arrays, and every sequence a cell iterates (strings, ranges, views) as an array.
        case array = "Array"
        /// A slice's own properties (its methods are `Array`'s).
        case arraySlice = "ArraySlice"
        /// Strings and substrings.
        case string = "String"
        case dictionary = "Dictionary"
        /// The properties of dictionary keys and values and of the other views.
        case view = "Dictionary.Keys, Dictionary.Values, ReversedCollection"
        case int = "Int"
        case double = "Double"
        case float = "Float"
        /// `Int8` … `UInt64` and `UInt`.
        case fixedWidth = "Int8…UInt64"
        case character = "Character"
        case bool = "Bool"
        case range = "Range"
        case optional = "Optional"
    }

    /// A requirement on a type variable, checked before the arguments, with swiftc's message.
    enum Constraint: Sendable {
        /// `Element: Equatable`.
        case equatable
        /// `Element: Comparable` (a tuple is not, whatever its elements).
        case comparable
        /// `Element == String` (or `Substring`): `joined`.
        case stringElements
    }

    /// Compiles a call of the member, given the checked receiver, arguments and bound types.
    typealias Compile = @Sendable (StandardCall) throws(CheckError) -> Typed

    /// A faster implementation for some calls (e.g. `append` on a variable, reached through its
    /// storage); nil when the call is not one of them.
    typealias FastPath = @Sendable (StandardCall) -> Typed?

    enum Implementation: Sendable {
        /// The table resolves the call (labels, type variables, constraints, ranking), checks
        /// every argument against its parameter, then compiles it with this function.
        case table(Compile)
        /// A special form: the function checks the written arguments itself (a closure
        /// with an `inout` parameter, an implicit-member rule, a generator passed `inout`).
        case special(Compile)
    }

    let receiver: Receiver
    let declaration: String
    let signature: StandardSignature
    let constraints: [Constraint]
    let implementation: Implementation
    let example: String
    var needsFoundation = false
    var fastPath: FastPath? = nil

    /// A row resolved by the table.
    init(_ receiver: Receiver, _ declaration: String, example: String, foundation: Bool = false,
         requires constraints: [Constraint] = [], fast: FastPath? = nil, _ compile: @escaping Compile) {
        self.init(receiver, declaration, .table(compile), constraints, example, foundation)
        fastPath = fast
    }

    /// A special form (`special: compile`).
    init(_ receiver: Receiver, _ declaration: String, example: String, foundation: Bool = false, special compile: @escaping Compile) {
        self.init(receiver, declaration, .special(compile), [], example, foundation)
    }

    private init(_ receiver: Receiver, _ declaration: String, _ implementation: Implementation, _ constraints: [Constraint],
                 _ example: String, _ foundation: Bool) {
        self.receiver = receiver
        self.declaration = declaration
        self.signature = StandardSignature(parsing: declaration)
        self.implementation = implementation
        self.constraints = constraints
        self.example = example
        self.needsFoundation = foundation
    }

    var isStatic: Bool { signature.isStatic }
    var isMutating: Bool { signature.isMutating }
    var isProperty: Bool { signature.kind == .property }
    var isMethod: Bool { signature.kind == .method }
    var name: String { signature.name }
}
