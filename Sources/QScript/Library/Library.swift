import Foundation

/// The library cells run against (our `Prelude`): types, protocols, functions, operators and
/// function types, resolved from `Binding` values all at once. See `Sources/QScript/README.md`,
/// "Binding a library".
public final class Library: @unchecked Sendable {
    var nativeTypes: [ObjectIdentifier: NativeTypeDescriptor] = [:]
    var typesByName: [String: NativeTypeDescriptor] = [:]
    var functions: [String: [NativeFunction]] = [:]
    var operators: [String: [NativeFunction]] = [:]
    var prefixOperators: [String: [NativeFunction]] = [:]
    var closureTypes: [ObjectIdentifier: (spec: ClosureSpec, type: QType)] = [:]
    /// Mistakes found while resolving the bindings (unknown types, types that disagree with a
    /// declared signature, duplicate members). `init(bindings:)` stops on any.
    private(set) var problems: [String] = []
    /// Every bound member, in a stable order (by owner, then declaration).
    public private(set) var members: [BoundMember] = []
    /// Runs each cell's statements, so the library can make the cell's limits visible to its
    /// own long-running code (e.g. a deadline that simulations check).
    let environment: CellEnvironment?
    /// Turns the library's own errors into cell diagnostics (e.g. its time-limit error into
    /// QScript's `timeout`); nil keeps an error's description as a `library-error`.
    let translateError: ErrorTranslator?

    private let usageLock = NSLock()
    private var used: Set<String> = []
    /// When set, every call of a bound member is recorded (see `usedMembers`): how a test
    /// proves that a corpus of programs exercises every member.
    public var recordsUsage = false

    public typealias CellEnvironment = @Sendable (CellLimits, () -> Void) -> Void
    public typealias ErrorTranslator = @Sendable (any Error) -> ScriptError?

    /// Resolves `bindings`; stops with every problem listed if the bindings are inconsistent
    /// (a mistake in the library's code, found as soon as it is built; see `problems(in:)`).
    public convenience init(bindings: [Binding], environment: CellEnvironment? = nil, translateError: ErrorTranslator? = nil) {
        self.init(resolving: bindings, environment: environment, translateError: translateError)
        if !problems.isEmpty {
            preconditionFailure("QScript library bindings:\n" + problems.map { "  - \($0)" }.joined(separator: "\n"))
        }
    }

    /// The problems `init(bindings:)` would stop on (empty when the bindings are consistent).
    public static func problems(in bindings: [Binding]) -> [String] {
        Library(resolving: bindings, environment: nil, translateError: nil).problems
    }

    /// A library with no bindings.
    /// Keys of the members called since `recordsUsage` was set.
    public var usedMembers: Set<String> {
        usageLock.lock()
        defer { usageLock.unlock() }
        return used
    }

    func recordUse(_ key: String) {
        usageLock.lock()
        used.insert(key)
        usageLock.unlock()
    }

    public static let empty = Library(bindings: [])

    func type(named name: String) -> NativeTypeDescriptor? { typesByName[name] }
    func type(_ id: NativeTypeID) -> NativeTypeDescriptor? { typesByName[id.name] }

    /// The descriptor of the value's own type (for values whose static type is a protocol).
    func dynamicType(of value: Any) -> NativeTypeDescriptor? {
        nativeTypes[ObjectIdentifier(Swift.type(of: value))]
    }

    /// Whether values of `type` may be used where `protocolType` is expected.
    func conforms(_ type: NativeTypeID, to protocolType: NativeTypeID) -> Bool {
        guard let p = self.type(protocolType), p.isProtocol, let t = self.type(type) else { return false }
        return t.protocols.contains(protocolType.name)
    }

    func problem(_ message: String) {
        problems.append(message)
    }

    // MARK: resolution

    private init(resolving bindings: [Binding], environment: CellEnvironment?, translateError: ErrorTranslator?) {
        self.environment = environment
        self.translateError = translateError
        var types: [TypeSpec] = []
        var closures: [ClosureSpec] = []
        for b in bindings {
            switch b.kind {
            case .type(let spec): types.append(spec)
            case .closure(let spec): closures.append(spec)
            default: break
            }
        }
        // 1. Every type name first, so members may mention any of them.
        for spec in types { declareType(spec) }
        for spec in types { declareConformances(spec) }
        // 2. Function types crossing the boundary (their parameters may be library types).
        for spec in closures { declareClosureType(spec) }
        // 3. Members, functions and operators.
        for spec in types { if let d = typesByName[spec.name] { spec.declareMembers(self, d) } }
        for b in bindings {
            switch b.kind {
            case .typeExtension(let spec):
                guard let d = nativeTypes[ObjectIdentifier(spec.swiftType)] else {
                    problem("an extension of \(spec.swiftType), which is not bound")
                    continue
                }
                spec.declareMembers(self, d)
            case .function(let spec):
                if let f = resolve(spec, owner: nil, kind: .function) { functions[f.name, default: []].append(f) }
            case .binaryOperator(let op, let spec):
                if let f = resolve(spec, owner: nil, kind: .binaryOperator(op)) { operators[op, default: []].append(f) }
            case .prefixOperator(let op, let spec):
                if let f = resolve(spec, owner: nil, kind: .prefixOperator(op)) { prefixOperators[op, default: []].append(f) }
            default: break
            }
        }
        // 4. Protocol members become members of the conforming types.
        inheritProtocolMembers()
        findDuplicates()
        members.sort { ($0.owner ?? "", $0.declaration) < ($1.owner ?? "", $1.declaration) }
    }

    private func declareType(_ spec: TypeSpec) {
        if typesByName[spec.name] != nil {
            return problem("the type name '\(spec.name)' is bound twice")
        }
        if let other = nativeTypes[ObjectIdentifier(spec.swiftType)] {
            return problem("the Swift type \(spec.swiftType) is bound twice, as '\(other.id.name)' and '\(spec.name)'")
        }
        if ["Int", "Double", "Bool", "String", "Character", "Void", "Array", "Dictionary", "Optional"].contains(spec.name) {
            return problem("'\(spec.name)' is a standard type and cannot be bound")
        }
        let id = NativeTypeID(name: spec.name, isEquatable: spec.equal != nil, isProtocol: spec.isProtocol)
        let d = NativeTypeDescriptor(id: id, swiftType: spec.swiftType, isProtocol: spec.isProtocol)
        d.equal = spec.equal
        nativeTypes[ObjectIdentifier(spec.swiftType)] = d
        typesByName[spec.name] = d
    }

    private func declareConformances(_ spec: TypeSpec) {
        guard let d = typesByName[spec.name], d.swiftType == spec.swiftType else { return }
        for p in spec.protocols {
            guard let pd = typesByName[p], pd.isProtocol else {
                problem("'\(spec.name)' conforms to '\(p)', which is not a bound protocol")
                continue
            }
            d.protocols.append(p)
        }
    }

    private func declareClosureType(_ spec: ClosureSpec) {
        let key = ObjectIdentifier(spec.swiftType)
        if closureTypes[key] != nil { return problem("the function type \(spec.swiftType) is bound twice") }
        var params: [QType] = []
        for p in spec.params {
            guard let q = qtype(of: p) else { return problem("function type \(spec.swiftType): parameter type \(p) is not bound") }
            params.append(q)
        }
        guard let r = qtype(of: spec.result) ?? pairType(spec) else {
            return problem("function type \(spec.swiftType): result type \(spec.result) is not bound")
        }
        closureTypes[key] = (spec, .function(params, r))
    }

    /// A function's pair result `(A, B)` of two bound types.
    private func pairType(_ spec: ClosureSpec) -> QType? {
        guard let (first, second) = spec.pair, let a = qtype(of: first), let b = qtype(of: second) else { return nil }
        return .tuple([.init(label: nil, type: a), .init(label: nil, type: b)])
    }

    private func inheritProtocolMembers() {
        for d in typesByName.values where !d.isProtocol {
            for p in d.protocols {
                guard let pd = typesByName[p] else { continue }
                for (name, fs) in pd.methods {
                    let own = d.methods[name] ?? []
                    let inherited = fs.filter { f in !own.contains { $0.labels == f.labels && $0.params == f.params } }
                    if !inherited.isEmpty { d.methods[name, default: []].append(contentsOf: inherited) }
                }
                for (name, prop) in pd.properties where d.properties[name] == nil { d.properties[name] = prop }
            }
        }
    }

    private func findDuplicates() {
        var seen = Set<String>()
        for m in members where !seen.insert(m.key).inserted {
            problem("the member \(m.key) is bound twice")
        }
    }

    func addMember(_ m: BoundMember) {
        members.append(m)
    }
}

extension Library {
    /// A bound type as a snapshot sees it (see `SessionSnapshot`).
    public struct BoundType: Sendable, Hashable {
        public var name: String
        public var isProtocol: Bool
        /// Its values can be written into a session snapshot (the Swift type is `Codable`).
        public var isSavable: Bool
    }

    /// Every bound type, by name.
    public var boundTypes: [BoundType] {
        typesByName.values.map { d in
            BoundType(name: d.id.name, isProtocol: d.isProtocol, isSavable: d.swiftType is any Codable.Type)
        }.sorted { $0.name < $1.name }
    }
}
