/// A type in a standard member's declaration as the table writes it: concrete types, and the
/// type variables that the receiver (`Element`, `Key`, `Value`, `Self`, `Wrapped`) or the call
/// (a generic parameter: `T`, `R`, `S`, `U`) binds.
indirect enum StandardType: Sendable, CustomStringConvertible {
    case concrete(QType)
    case variable(String)
    case array(StandardType)
    case dictionary(StandardType, StandardType)
    case optional(StandardType)
    case tuple([Field])
    case function([StandardType], StandardType)
    case `inout`(StandardType)
    /// A type the implementation computes or reads itself (`ReversedCollection<Self>`,
    /// `ArraySlice<Element>`, `S.Element`, `CharacterSet`, ...).
    case opaque(String)

    struct Field: Sendable {
        var label: String?
        var type: StandardType
    }

    /// The concrete type, with every variable replaced by its binding; nil while a variable is
    /// unbound or the type is opaque.
    func substituted(_ types: [String: QType]) -> QType? {
        switch self {
        case .concrete(let t): return t
        case .variable(let v): return types[v]
        case .array(let e): return e.substituted(types).map { .array($0) }
        case .dictionary(let k, let v):
            guard let k = k.substituted(types), let v = v.substituted(types) else { return nil }
            return .dictionary(k, v)
        case .optional(let w): return w.substituted(types).map { .optional($0) }
        case .tuple(let fields):
            var out: [QType.TupleField] = []
            for f in fields {
                guard let t = f.type.substituted(types) else { return nil }
                out.append(.init(label: f.label, type: t))
            }
            return .tuple(out)
        case .function(let ps, let r):
            var params: [QType] = []
            for p in ps {
                guard let t = p.substituted(types) else { return nil }
                params.append(t)
            }
            return r.substituted(types).map { .function(params, $0) }
        case .inout(let t): return t.substituted(types)
        case .opaque: return nil
        }
    }

    /// Binds this type's unbound variables so that it is `t`; false when `t` does not fit. An
    /// optional pattern takes a non-optional type too (Swift promotes the value: a closure
    /// returning `Int` passed for `(Element) -> T?` binds `T` to `Int`). Opaque types fit anything.
    func bind(_ t: QType, into types: inout [String: QType]) -> Bool {
        switch (self, t) {
        case (.concrete(let c), _): return c == t
        case (.variable(let v), _):
            if let bound = types[v] { return bound == t }
            types[v] = t
            return true
        case (.array(let e), .array(let te)): return e.bind(te, into: &types)
        case (.dictionary(let k, let v), .dictionary(let tk, let tv)): return k.bind(tk, into: &types) && v.bind(tv, into: &types)
        case (.optional(let w), .optional(let tw)): return w.bind(tw, into: &types)
        case (.optional(let w), _): return w.bind(t, into: &types)
        case (.tuple(let fs), .tuple(let tfs)):
            guard fs.count == tfs.count else { return false }
            for (f, tf) in zip(fs, tfs) where f.label != tf.label || !f.type.bind(tf.type, into: &types) { return false }
            return true
        case (.function(let ps, let r), .function(let tps, let tr)):
            guard ps.count == tps.count else { return false }
            for (p, tp) in zip(ps, tps) where !p.bind(tp, into: &types) { return false }
            return r.bind(tr, into: &types)
        case (.inout(let w), _): return w.bind(t, into: &types)
        case (.opaque, _): return true
        default: return false
        }
    }

    var description: String {
        switch self {
        case .concrete(let t): t == .void ? "Void" : t.description
        case .variable(let v): v
        case .array(let e): "[\(e)]"
        case .dictionary(let k, let v): "[\(k): \(v)]"
        case .optional(let w): "\(w)?"
        case .tuple(let fs): "(" + fs.map { ($0.label.map { "\($0): " } ?? "") + $0.type.description }.joined(separator: ", ") + ")"
        case .function(let ps, let r): "(" + ps.map(\.description).joined(separator: ", ") + ") -> \(r)"
        case .inout(let t): "inout \(t)"
        case .opaque(let s): s
        }
    }
}
