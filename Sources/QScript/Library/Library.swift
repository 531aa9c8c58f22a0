/// An error a bound library function throws to report a problem in a cell (instead of
/// trapping, which would end the process). It becomes a located diagnostic.
public struct ScriptError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A library function, method or initialiser as QScript sees it.
struct NativeFunction {
    var name: String
    var labels: [String?]
    var params: [QType]
    var result: QType
    var isMutating: Bool
    /// Receiver first (for instance methods), then the arguments.
    var call: ([Value]) throws -> Value
    /// For mutating methods: the receiver's box (uniquely referenced), then the arguments.
    var mutate: ((NativeBox, [Value]) throws -> Value)? = nil
}

struct NativeProperty {
    var type: QType
    var getter: (Value) -> Value
    var setter: ((inout Value, Value) throws(Trap) -> Void)?
}

/// Everything registered for one library type.
final class NativeTypeDescriptor {
    let id: NativeTypeID
    let swiftType: Any.Type
    var initializers: [NativeFunction] = []
    var methods: [String: [NativeFunction]] = [:]
    var properties: [String: NativeProperty] = [:]
    var statics: [String: NativeFunction] = [:]
    var staticOverloads: [String: [NativeFunction]] = [:]
    var describe: (Any) -> String = { String(describing: $0) }
    var debugDescribe: ((Any) -> String)?
    var display: ((Any) -> RichDisplay?)?
    var equal: ((Any, Any) -> Bool)?
    var subscriptGetter: (index: QType, result: QType, get: (Value, Value, SourceLoc) throws(Trap) -> Value)?

    init(id: NativeTypeID, swiftType: Any.Type) {
        self.id = id
        self.swiftType = swiftType
    }
}

/// The registry through which a library (our `Prelude`) exposes Swift types and functions to
/// cells. See `Sources/QScript/README.md` for the binding API.
public final class Library: @unchecked Sendable {
    var nativeTypes: [ObjectIdentifier: NativeTypeDescriptor] = [:]
    var typesByName: [String: NativeTypeDescriptor] = [:]
    var functions: [String: [NativeFunction]] = [:]
    var operators: [String: [NativeFunction]] = [:]

    public init() {}

    static let empty = Library()

    func type(named name: String) -> NativeTypeDescriptor? { typesByName[name] }
    func type(_ id: NativeTypeID) -> NativeTypeDescriptor? { typesByName[id.name] }

    /// Registers a Swift type under `name` (usually its Swift name); `build` adds its members.
    /// Register every type before members that mention it in their signatures.
    public func register<T>(_ type: T.Type, as name: String, _ build: (TypeBinding<T>) -> Void = { _ in }) {
        register(type, name, equal: nil, build)
    }

    /// Registers an `Equatable` type: cells can also compare its values with `==` and `!=`.
    public func register<T: Equatable>(_ type: T.Type, as name: String, _ build: (TypeBinding<T>) -> Void = { _ in }) {
        register(type, name, equal: { ($0 as! T) == ($1 as! T) }, build)
    }

    private func register<T>(_ type: T.Type, _ name: String, equal: ((Any, Any) -> Bool)?, _ build: (TypeBinding<T>) -> Void) {
        let desc = typesByName[name] ?? NativeTypeDescriptor(id: NativeTypeID(name: name, isEquatable: equal != nil), swiftType: type)
        desc.equal = equal
        nativeTypes[ObjectIdentifier(type)] = desc
        typesByName[name] = desc
        build(TypeBinding<T>(library: self, descriptor: desc))
    }

    /// Parses `name(label:_:)` into the base name and labels (nil for `_`).
    static func parseSignature(_ s: String) -> (name: String, labels: [String?]) {
        guard let open = s.firstIndex(of: "("), s.hasSuffix(")") else { return (s, []) }
        let name = String(s[..<open])
        let inner = s[s.index(after: open)..<s.index(before: s.endIndex)]
        let labels = inner.split(separator: ":", omittingEmptySubsequences: true).map { $0 == "_" ? nil : String($0) }
        return (name, labels)
    }

    /// Builds a `NativeFunction` from Swift types, or stops with a clear message when a type
    /// was not registered (a programming error in the binding, found when the library loads).
    func makeFunction(_ signature: String, receiver: QType?, isMutating: Bool, params: [Any.Type], result: Any.Type,
                      _ body: @escaping ([Any]) throws -> Any) -> NativeFunction {
        let (name, labels) = Library.parseSignature(signature)
        precondition(labels.count == params.count, "QScript binding '\(signature)': \(params.count) parameters but \(labels.count) labels")
        let ps = params.map { t -> QType in
            guard let q = qtype(of: t) else { preconditionFailure("QScript binding '\(signature)': type \(t) is not registered") }
            return q
        }
        guard let r = qtype(of: result) else { preconditionFailure("QScript binding '\(signature)': result type \(result) is not registered") }
        let receiverSwiftType: Any.Type? = receiver.flatMap { rt in
            if case .native(let id) = rt { return typesByName[id.name]?.swiftType }
            return nil
        }
        let call: ([Value]) throws -> Value = { [unowned self] values in
            var swiftArgs: [Any] = []
            var offset = 0
            if let rt = receiver, let st = receiverSwiftType {
                swiftArgs.append(self.fromValue(values[0], rt, st))
                offset = 1
            }
            for (i, t) in params.enumerated() { swiftArgs.append(self.fromValue(values[i + offset], ps[i], t)) }
            return self.toValue(try body(swiftArgs), r)
        }
        return NativeFunction(name: name, labels: labels, params: ps, result: r, isMutating: isMutating, call: call)
    }

    func makeMutating(_ signature: String, params: [Any.Type], result: Any.Type,
                      _ body: @escaping (NativeBox, [Any]) throws -> Any) -> NativeFunction {
        var f = makeFunction(signature, receiver: nil, isMutating: true, params: params, result: result) { _ in () }
        let ps = f.params, r = f.result
        f.mutate = { [unowned self] box, values in
            var swiftArgs: [Any] = []
            for (i, t) in params.enumerated() { swiftArgs.append(self.fromValue(values[i], ps[i], t)) }
            return self.toValue(try body(box, swiftArgs), r)
        }
        return f
    }

    func addFunction(_ f: NativeFunction) {
        functions[f.name, default: []].append(f)
    }

    func addOperator(_ op: String, _ f: NativeFunction) {
        operators[op, default: []].append(f)
    }
}
