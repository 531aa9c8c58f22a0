/// A type declared in a cell, a struct or an enum: what both have, their methods and get-only
/// computed properties. A method is a function whose first parameter is `self` (`inout` for a
/// `mutating` one), called by `Checker+DeclaredTypes`.
class DeclaredType: @unchecked Sendable, Hashable {
    let name: String
    let loc: SourceLoc
    var isEquatable = false
    var isHashable = false
    /// Declared `Error`: its values can be thrown.
    var isError = false
    /// Declared `CustomStringConvertible`: its `description`, which printing calls (also
    /// inside collections, as `String(reflecting:)` falls back to it).
    var describer: ((Value) throws(Trap) -> String)?
    /// Methods by base name (overloaded by argument labels), and which of them are `mutating`.
    var methods: [String: [FunctionSignature]] = [:]
    var mutatingMethods = Set<ObjectIdentifier>()
    /// Get-only computed properties, as functions of `self`.
    var computed: [String: FunctionSignature] = [:]
    /// Initializers declared in the type's body (functions returning the type, or an optional
    /// of it for the failable ones).
    var initializers: [FunctionSignature] = []
    /// Static members: stored (lazily initialised), computed, and methods by base name.
    var staticProperties: [String: StaticStorage] = [:]
    var staticComputed: [String: FunctionSignature] = [:]
    var staticMethods: [String: [FunctionSignature]] = [:]
    /// Setters of computed properties (mutating functions of `self` and the new value).
    var setters: [String: FunctionSignature] = [:]
    /// The observers of stored properties, with the property each observes.
    var observers: [ObjectIdentifier: Int] = [:]

    /// The module Swift names in debug descriptions: a cell is `main`.
    let module: String

    init(name: String, loc: SourceLoc, module: String = "main") {
        self.name = name
        self.loc = loc
        self.module = module
    }

    /// The static type of this type's values.
    var type: QType { fatalError("subclass") }

    /// Whether `name` is an instance member (so that it is reached through `self` implicitly).
    func hasMember(_ name: String) -> Bool {
        computed[name] != nil || methods[name] != nil
    }

    func isMutating(_ sig: FunctionSignature) -> Bool { mutatingMethods.contains(ObjectIdentifier(sig)) }

    static func == (a: DeclaredType, b: DeclaredType) -> Bool { a === b }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }
}
