/// Moving Swift values in and out of QScript: the static type of a Swift type, and conversions
/// between Swift values and `Value`s. Int, Double, Bool, String, Character, Void, bound library
/// types and protocols, bound function types, and arrays, optionals and dictionaries (keyed by
/// Int or String) of these cross both ways; tuples cross as results (their type is declared in
/// the signature).
protocol ArrayBridge {
    static var elementType: Any.Type { get }
    static func fromElements(_ xs: [Any]) -> Any
    var anyElements: [Any] { get }
}

extension Array: ArrayBridge {
    static var elementType: Any.Type { Element.self }
    static func fromElements(_ xs: [Any]) -> Any { xs.map { $0 as! Element } }
    var anyElements: [Any] { map { $0 } }
}

protocol OptionalBridge {
    static var wrappedType: Any.Type { get }
    static func wrap(_ x: Any?) -> Any
    var anyWrapped: Any? { get }
}

extension Optional: OptionalBridge {
    static var wrappedType: Any.Type { Wrapped.self }
    static func wrap(_ x: Any?) -> Any { x.map { $0 as! Wrapped } as Any }
    var anyWrapped: Any? { map { $0 } }
}

protocol DictionaryBridge {
    static var keyType: Any.Type { get }
    static var valueType: Any.Type { get }
    static func fromPairs(_ pairs: [(Any, Any)]) -> Any
    var anyPairs: [(key: Any, value: Any)] { get }
}

extension Dictionary: DictionaryBridge {
    static var keyType: Any.Type { Key.self }
    static var valueType: Any.Type { Value.self }
    static func fromPairs(_ pairs: [(Any, Any)]) -> Any {
        // QScript dictionaries have unique keys, so this cannot trap.
        Dictionary(uniqueKeysWithValues: pairs.map { ($0.0 as! Key, $0.1 as! Value) })
    }
    var anyPairs: [(key: Any, value: Any)] { map { ($0.key, $0.value) } }
}

extension Library {
    /// QScript's static type for a Swift type, or nil if it cannot be bridged.
    func qtype(of t: Any.Type) -> QType? {
        if t == Int.self { return .int }
        if t == Double.self { return .double }
        if t == Bool.self { return .bool }
        if t == String.self { return .string }
        if t == Character.self { return .character }
        if t == Void.self { return .void }
        if let d = nativeTypes[ObjectIdentifier(t)] { return .native(d.id) }
        if let c = closureTypes[ObjectIdentifier(t)] { return c.type }
        if let a = t as? ArrayBridge.Type { return qtype(of: a.elementType).map { .array($0) } }
        if let o = t as? OptionalBridge.Type {
            guard let w = qtype(of: o.wrappedType), w.optionalWrapped == nil else { return nil }
            return .optional(w)
        }
        if let d = t as? DictionaryBridge.Type {
            guard let k = qtype(of: d.keyType), k == .int || k == .string, let v = qtype(of: d.valueType) else { return nil }
            return .dictionary(k, v)
        }
        return nil
    }

    /// A Swift value as a QScript value of static type `t`.
    func toValue(_ x: Any, _ t: QType) -> Value {
        switch t {
        case .int: return .int(x as! Int)
        case .double: return .double(x as! Double)
        case .bool: return .bool(x as! Bool)
        case .string: return .string(x as! String)
        case .character: return .character(x as! Character)
        case .void: return .void
        case .array(let e): return .array((x as! ArrayBridge).anyElements.map { toValue($0, e) })
        case .optional(let w):
            guard let inner = (x as! OptionalBridge).anyWrapped else { return .none }
            return toValue(inner, w)
        case .dictionary(let k, let v):
            // Swift's order differs from process to process; sorted by key, a cell prints the
            // same every run (and QScript dictionaries keep their insertion order).
            let pairs = (x as! DictionaryBridge).anyPairs.sorted { a, b in
                k == .int ? (a.key as! Int) < (b.key as! Int) : (a.key as! String) < (b.key as! String)
            }
            var d = DictionaryValue()
            for (key, value) in pairs { d.set(toValue(key, k), toValue(value, v)) }
            return .dictionary(d)
        case .tuple(let fields):
            // The tuple's arity was checked against the Swift type when the binding was resolved.
            let children = Mirror(reflecting: x).children.map(\.value)
            return .tuple(zip(children, fields).map { toValue($0, $1.type) })
        case .native: return .native(NativeBox(x))
        default: return .void
        }
    }

    /// A QScript value of static type `t` as a Swift value of type `swiftType`.
    func fromValue(_ v: Value, _ t: QType, _ swiftType: Any.Type, _ call: NativeCall?) -> Any {
        switch t {
        case .int: return v.int
        case .double: return v.double
        case .bool: return v.bool
        case .string: return v.string
        case .character: return v.character
        case .void: return ()
        case .array(let e):
            let a = swiftType as! ArrayBridge.Type
            return a.fromElements(v.array.map { fromValue($0, e, a.elementType, call) })
        case .optional(let w):
            let o = swiftType as! OptionalBridge.Type
            if case .none = v { return o.wrap(nil) }
            return o.wrap(fromValue(v, w, o.wrappedType, call))
        case .dictionary(let k, let vt):
            let d = swiftType as! DictionaryBridge.Type
            let entries = v.dictionary
            let pairs = zip(entries.keys, entries.values).map { key, value in
                (fromValue(key, k, d.keyType, call), fromValue(value, vt, d.valueType, call))
            }
            return d.fromPairs(pairs)
        case .function(let ps, let r):
            // Resolution made sure the Swift type is a bound function type, and that function
            // values cross only as arguments of calls (which have a `call`).
            let bridge = closureTypes[ObjectIdentifier(swiftType)]!
            return bridge.spec.makeSwiftClosure(self, v.function, ps, r, call!)
        case .native: return v.native.value
        default: return ()
        }
    }
}

