/// A generic function declared at a cell's top level (`func largest<T: Comparable>(_ xs: [T]) -> T?`).
///
/// Its body is checked once with an archetype standing for each generic parameter: an enum
/// without cases named like the parameter, conforming to exactly the declared protocols, so
/// that the body may do what Swift lets it do with a `T` and no more (with swiftc's messages,
/// which name `T`). A call infers the parameters from its arguments, checks the constraints,
/// and runs a copy of the function compiled for those types (one per cell and types).
final class GenericFunction {
    let decl: FunctionDecl
    let archetypes: [EnumType]
    let labels: [String?]
    /// Parameter and result types, with the archetypes in them.
    let paramTypes: [QType]
    let result: QType
    /// Default values of parameters whose type does not involve a generic parameter.
    let defaults: [Typed?]
    /// The globals as they were at the end of the declaring cell: copies made for later cells
    /// are compiled against them, so the body's names mean what they meant where it was
    /// written (as an ordinary function's do), whatever later cells redeclare.
    var environment: [String: ScopeEntry]?

    init(decl: FunctionDecl, archetypes: [EnumType], paramTypes: [QType], result: QType, defaults: [Typed?]) {
        self.decl = decl
        self.archetypes = archetypes
        self.labels = decl.params.map(\.label)
        self.paramTypes = paramTypes
        self.result = result
        self.defaults = defaults
    }

    var name: String { decl.name }

    /// `largest(_:)`, as Swift names functions in messages.
    var fullName: String { name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")" }
}
