/// One piece of a library as cells see it: a type with its members, a protocol, a global
/// function, an operator, or a function type that crosses the boundary. Bindings are values;
/// `Library(bindings:)` resolves them all at once, so their order never matters.
///
/// ```swift
/// let library = Library(bindings: [
///     .protocol((any Loss).self, "Loss"),
///     Binding(MMD.self, "MMD", conformsTo: ["Loss"]) { t in
///         t.initializer("init(bandwidths: [Double] = [1.0])") { (b: [Double]) in try MMD.checked(bandwidths: b) }
///     },
///     .closure(((Int, Double) throws -> Void).self),
///     .function("mmd(_:_:bandwidths:)") { (p: Distribution, q: Distribution, b: [Double]) in try checkedMMD(p, q, b) },
/// ])
/// ```
public struct Binding: @unchecked Sendable {
    enum Kind {
        case type(TypeSpec)
        case typeExtension(ExtensionSpec)
        case function(MemberSpec)
        case binaryOperator(String, MemberSpec)
        case prefixOperator(String, MemberSpec)
        case closure(ClosureSpec)
    }

    let kind: Kind

    init(kind: Kind) {
        self.kind = kind
    }

    /// A library type under `name` (usually its Swift name), conforming to the bound protocols
    /// named in `conformsTo`; `members` declares its members (see `TypeBinding`).
    public init<T>(_ type: T.Type, _ name: String, conformsTo protocols: [String] = [],
                   _ members: @escaping (TypeBinding<T>) -> Void = { _ in }) {
        kind = .type(TypeSpec(type, name, protocols: protocols, isProtocol: false, equal: nil, members))
    }

    /// An `Equatable` library type: cells can also compare its values with `==` and `!=`.
    public init<T: Equatable>(_ type: T.Type, _ name: String, conformsTo protocols: [String] = [],
                              _ members: @escaping (TypeBinding<T>) -> Void = { _ in }) {
        kind = .type(TypeSpec(type, name, protocols: protocols, isProtocol: false, equal: { ($0 as! T) == ($1 as! T) }, members))
    }

    /// More members of a type bound elsewhere, as a Swift extension adds them (so one type's
    /// members can be declared in several files): `Binding(extending: Circuit.self) { t in ... }`.
    public init<T>(extending type: T.Type, _ members: @escaping (TypeBinding<T>) -> Void) {
        kind = .typeExtension(ExtensionSpec(type, members))
    }

    /// A library protocol, bound by its existential type (`(any Loss).self`): a type in cells
    /// (`Loss` or `any Loss`) whose values are the values of the bound types that declare they
    /// conform. Its members are written on the existential (`{ (l: any Loss, ...) in ... }`) and
    /// are members of every conforming type too, as protocol requirements and extensions are.
    public static func `protocol`<P>(_ existential: P.Type, _ name: String,
                                     _ members: @escaping (TypeBinding<P>) -> Void = { _ in }) -> Binding {
        Binding(kind: .type(TypeSpec(existential, name, protocols: [], isProtocol: true, equal: nil, members)))
    }

    /// A global function: `.function("mmd(_:_:bandwidths:)") { (p: Distribution, q: Distribution, b: [Double]) in ... }`.
    /// The signature is written as Swift names the function, or as Swift declares it, with types,
    /// default values and a result type (see `TypeBinding`).
    public static func function<each A, R>(_ signature: String, _ body: @escaping (repeat each A) throws -> R) -> Binding {
        Binding(kind: .function(MemberSpec(signature, body)))
    }

    /// A binary operator on library types: `.operator("*") { (a: PauliString, b: PauliString) in a * b }`.
    public static func `operator`<A, B, R>(_ op: String, _ body: @escaping (A, B) throws -> R) -> Binding {
        Binding(kind: .binaryOperator(op, MemberSpec("\(op)(_:_:)", body)))
    }

    /// A prefix operator on a library type: `.prefixOperator("-") { (p: Parameter) in -p }`.
    public static func prefixOperator<A, R>(_ op: String, _ body: @escaping (A) throws -> R) -> Binding {
        Binding(kind: .prefixOperator(op, MemberSpec("\(op)(_:)", body)))
    }

    /// A function type that crosses the boundary, e.g. `.closure(((Int, Double) throws -> Void).self)`:
    /// a cell's closure can then be passed where a binding takes this type (or its optional),
    /// and the library calls it like any Swift closure. Errors raised inside the cell's closure
    /// (a trap, the time limit) come out of the call as thrown errors, located in the cell, so
    /// the library must let them propagate (take the closure as `throws` and use `rethrows`).
    /// Function types of up to four parameters.
    public static func closure<R>(_ type: (() throws -> R).Type) -> Binding {
        Binding(kind: .closure(ClosureSpec(type)))
    }

    public static func closure<A, R>(_ type: ((A) throws -> R).Type) -> Binding {
        Binding(kind: .closure(ClosureSpec(type)))
    }

    public static func closure<A, B, R>(_ type: ((A, B) throws -> R).Type) -> Binding {
        Binding(kind: .closure(ClosureSpec(type)))
    }

    public static func closure<A, B, C, R>(_ type: ((A, B, C) throws -> R).Type) -> Binding {
        Binding(kind: .closure(ClosureSpec(type)))
    }

    /// A function type whose result is a pair, e.g. a loss returning its value and gradient.
    public static func closure<A, R1, R2>(_ type: ((A) throws -> (R1, R2)).Type) -> Binding {
        Binding(kind: .closure(ClosureSpec(type)))
    }

    public static func closure<A, B, R1, R2>(_ type: ((A, B) throws -> (R1, R2)).Type) -> Binding {
        Binding(kind: .closure(ClosureSpec(type)))
    }

    public static func closure<A, B, C, D, R>(_ type: ((A, B, C, D) throws -> R).Type) -> Binding {
        Binding(kind: .closure(ClosureSpec(type)))
    }
}
