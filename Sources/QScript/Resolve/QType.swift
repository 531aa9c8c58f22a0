/// A static type of QScript, spelled as Swift spells it.
indirect enum QType: Hashable, Sendable, CustomStringConvertible {
    case int, double, bool, string, character, void
    /// `Int8` … `UInt64` and `UInt` (see `IntegerKind`), and `Float`.
    case fixedWidth(IntegerKind)
    case float
    case array(QType)
    case dictionary(QType, QType)
    case optional(QType)
    case tuple([TupleField])
    case function([QType], QType)
    /// `Range<Int>` (`a..<b`) and `ClosedRange<Int>` (`a...b`); Double ranges only in `switch`.
    case range(QType, closed: Bool)
    /// `StrideTo<T>` / `StrideThrough<T>`.
    case stride(QType, through: Bool)
    /// Views that `for`/`map`/`Array(...)` consume: dictionary keys and values, slices, substrings.
    case sequence(SequenceKind, QType)
    /// `reversed()`, `enumerated()` and `zip` views of their bases (element type, base types);
    /// the value holds the elements and the bases, so they print as Swift prints them.
    case wrapper(WrapperKind, QType, [QType])
    /// A type registered by the library binding (see `Library`).
    case native(NativeTypeID)
    /// A struct declared in a cell.
    case structure(StructType)
    /// An enum declared in a cell.
    case enumeration(EnumType)
    /// `Any`, and `any Error` (what `catch` binds as `error`): values of any type (conforming to
    /// `Error`), each with its dynamic type.
    case anyValue, anyError
    /// The type of a type name used as a value (`Int` in `Int.max`, `Circuit` in `Circuit(qubits: 2)`).
    case metatype(QType)

    struct TupleField: Hashable, Sendable {
        var label: String?
        var type: QType
    }

    enum WrapperKind: String, Hashable, Sendable {
        case enumerated = "EnumeratedSequence"
        case zip = "Zip2Sequence"
        case reversed = "ReversedCollection"
    }

    enum SequenceKind: String, Hashable, Sendable {
        /// A view of a view (e.g. `a.enumerated().reversed()`): iterable, not printable.
        case lazy = "LazySequence"
        case keys = "Dictionary.Keys"
        case values = "Dictionary.Values"
        case indices = "Range"
        case slice = "ArraySlice"
        case substring = "Substring"
    }

    var description: String {
        switch self {
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .void: "()"
        case .fixedWidth(let k): k.rawValue
        case .float: "Float"
        case .array(let e): "[\(e)]"
        case .dictionary(let k, let v): "[\(k): \(v)]"
        case .optional(let w):
            switch w {
            case .function: "(\(w))?"
            default: "\(w)?"
            }
        case .tuple(let fields):
            "(" + fields.map { ($0.label.map { "\($0): " } ?? "") + $0.type.description }.joined(separator: ", ") + ")"
        case .function(let params, let result):
            "(" + params.map(\.description).joined(separator: ", ") + ") -> " + result.description
        case .range(let b, let closed): closed ? "ClosedRange<\(b)>" : "Range<\(b)>"
        case .stride(let b, let through): through ? "StrideThrough<\(b)>" : "StrideTo<\(b)>"
        case .sequence(.substring, _): "Substring"
        case .sequence(let k, let e): "\(k.rawValue)<\(e)>"
        case .wrapper(let k, _, let bases): "\(k.rawValue)<\(bases.map { $0.genericName(qualified: false) }.joined(separator: ", "))>"
        case .native(let id): id.isProtocol ? "any \(id.name)" : id.name
        case .metatype(let t): "\(t).Type"
        case .structure(let s): s.name
        case .enumeration(let e): e.name
        case .anyValue: "Any"
        case .anyError: "any Error"
        }
    }

    var isNumeric: Bool { self == .int || self == .double }
    /// Values of this type hold no references (nothing to retain or release).
    /// The cell's struct or enum this type is, if it is one.
    var declaredType: DeclaredType? {
        switch self {
        case .structure(let s): s
        case .enumeration(let e): e
        default: nil
        }
    }

    var isTrivial: Bool { self == .int || self == .double || self == .bool }
    /// A fixed-width integer type other than `Int`, or `Float`: numbers typed only by context.
    var isOtherNumber: Bool {
        switch self {
        case .fixedWidth, .float: true
        default: false
        }
    }

    /// `String` or `Substring` (both held as a String).
    var isStringLike: Bool {
        if self == .string { return true }
        if case .sequence(.substring, _) = self { return true }
        return false
    }

    /// A function type, or a collection, optional or tuple holding one.
    var containsFunction: Bool {
        switch self {
        case .function: true
        case .array(let e), .optional(let e): e.containsFunction
        case .dictionary(let k, let v): k.containsFunction || v.containsFunction
        case .tuple(let fs): fs.contains { $0.type.containsFunction }
        default: false
        }
    }

    var isNative: Bool {
        if case .native = self { return true }
        return false
    }

    var optionalWrapped: QType? {
        if case .optional(let w) = self { return w }
        return nil
    }

    /// Swift's `Equatable` among our types (tuples are comparable with `==` up to arity 6).
    var isEquatable: Bool {
        switch self {
        case .int, .double, .bool, .string, .character, .fixedWidth, .float: true
        case .array(let e), .optional(let e): e.isEquatable
        case .dictionary(let k, let v): k.isHashable && v.isEquatable
        case .range: true
        case .native(let id): id.isEquatable
        case .structure(let s): s.isEquatable
        case .enumeration(let e): e.isEquatable
        default: false
        }
    }

    var isHashable: Bool {
        switch self {
        case .int, .double, .bool, .string, .character, .fixedWidth, .float: true
        case .array(let e), .optional(let e): e.isHashable
        case .dictionary(let k, let v): k.isHashable && v.isHashable
        case .structure(let s): s.isHashable
        case .enumeration(let e): e.isHashable
        default: false
        }
    }

    var isComparable: Bool {
        switch self {
        case .int, .double, .string, .character, .fixedWidth, .float: true
        case .enumeration(let e): e.isComparable
        default: false
        }
    }

    /// A tuple of 2 to 6 elements each satisfying `test` (Swift defines `==` and `<` for those).
    func isTuple(of test: (QType) -> Bool) -> Bool {
        if case .tuple(let fs) = self { return (2...6).contains(fs.count) && fs.allSatisfy { test($0.type) } }
        return false
    }

    /// Element type when iterated with `for`.
    var elementType: QType? {
        switch self {
        case .array(let e): e
        case .range(let b, _) where b == .int: .int
        case .stride(let b, _): b
        case .string: .character
        case .dictionary(let k, let v): .tuple([TupleField(label: "key", type: k), TupleField(label: "value", type: v)])
        case .sequence(_, let e), .wrapper(_, let e, _): e
        default: nil
        }
    }

    /// Arrays and the views of sequences a cell iterates (what `flatMap`'s closure may return).
    var isArrayLike: Bool {
        switch self {
        case .array, .sequence, .wrapper: true
        default: false
        }
    }

    /// Swift's generic spelling, as in `ReversedCollection<Array<Int>>`; `qualified` adds the
    /// module, as debug descriptions do (`Swift.Array<Swift.Int>`).
    func genericName(qualified: Bool) -> String {
        let p = qualified ? "Swift." : ""
        switch self {
        case .int, .double, .bool, .string, .character, .fixedWidth, .float: return p + description
        case .array(let e): return "\(p)Array<\(e.genericName(qualified: qualified))>"
        case .dictionary(let k, let v): return "\(p)Dictionary<\(k.genericName(qualified: qualified)), \(v.genericName(qualified: qualified))>"
        case .optional(let w): return "\(p)Optional<\(w.genericName(qualified: qualified))>"
        case .range(let b, let closed): return "\(p)\(closed ? "ClosedRange" : "Range")<\(b.genericName(qualified: qualified))>"
        case .tuple(let fs): return "(" + fs.map { ($0.label.map { "\($0): " } ?? "") + $0.type.genericName(qualified: qualified) }.joined(separator: ", ") + ")"
        case .sequence(.slice, let e): return "\(p)ArraySlice<\(e.genericName(qualified: qualified))>"
        case .sequence(.substring, _): return p + "Substring"
        case .wrapper(let k, _, let bases): return "\(p)\(k.rawValue)<\(bases.map { $0.genericName(qualified: qualified) }.joined(separator: ", "))>"
        // A cell is compiled as the module `main` (see Tests/QScriptTests/Corpus/README.md).
        case .structure(let s): return qualified ? "\(s.module).\(s.name)" : s.name
        case .enumeration(let e): return qualified ? "\(e.module).\(e.name)" : e.name
        case .anyError: return qualified ? "Swift.Error" : "Error"
        default: return description
        }
    }
}

/// Identity of a library type; equality is by the registered name.
struct NativeTypeID: Hashable, Sendable {
    let name: String
    let isEquatable: Bool
    /// A bound protocol: Swift spells the type `any Name`.
    var isProtocol = false

    static func == (a: NativeTypeID, b: NativeTypeID) -> Bool { a.name == b.name }
    func hash(into h: inout Hasher) { h.combine(name) }
}
