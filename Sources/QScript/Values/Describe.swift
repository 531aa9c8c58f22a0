/// Swift's text forms of values, chosen by static type: `description` (what `print` and
/// interpolation show) and `debugDescription` (how elements inside collections are shown).
enum Describe {
    static func description(_ v: Value, _ t: QType, library: Library) throws(Trap) -> String {
        switch t {
        case .string: return v.string
        case .character: return String(v.character)
        case .native(let id): return library.describe(v, id, debug: false)
        case .sequence(.substring, _): return v.string
        case .sequence(.keys, let e), .sequence(.values, let e): return try debugDescription(v, .array(e), library: library)
        case .range(_, let closed):
            let r = v.rangeValue
            return closed ? "\(r.lower)...\(r.upper)" : "\(r.lower)..<\(r.upper)"
        case .wrapper(let kind, _, let bases): return try wrapper(v, kind, bases, qualified: false, library: library)
        case .structure(let s):
            if let d = s.describer { return try d(v) }
            return try structure(v, s, qualified: false, library: library)
        case .enumeration(let e):
            if let d = e.describer { return try d(v) }
            return try enumeration(v, e, qualified: false, library: library)
        case .anyValue, .anyError:
            guard case .existential(let x) = v else { unreachableCase() }
            return try description(x.value, x.type, library: library)
        default: return try debugDescription(v, t, library: library)
        }
    }

    static func debugDescription(_ v: Value, _ t: QType, library: Library) throws(Trap) -> String {
        switch t {
        case .int: return String(v.int)
        // `print` and interpolation write a Double as its debug form: a negative NaN is "-nan".
        case .double: return v.double.debugDescription
        case .fixedWidth(let k): return k.text(v.int)
        case .float: return Float(v.double).debugDescription
        case .bool: return v.bool ? "true" : "false"
        case .string: return v.string.debugDescription
        case .character: return String(v.character).debugDescription
        case .void: return "()"
        case .array(let e):
            var s = "["
            var first = true
            for x in v.array {
                if !first { s += ", " }
                first = false
                s += try debugDescription(x, e, library: library)
            }
            return s + "]"
        case .dictionary(let k, let vt):
            let d = v.dictionary
            if d.count == 0 { return "[:]" }
            var parts: [String] = []
            for i in 0..<d.count {
                parts.append(try debugDescription(d.keys[i], k, library: library) + ": " + (try debugDescription(d.values[i], vt, library: library)))
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .optional(let w):
            if v.isNone { return "nil" }
            return "Optional(" + (try debugDescription(v, w, library: library)) + ")"
        case .tuple(let fields):
            let items = v.tuple
            var parts: [String] = []
            for (i, f) in fields.enumerated() {
                parts.append((f.label.map { "\($0): " } ?? "") + (try debugDescription(items[i], f.type, library: library)))
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .function: return "(Function)"
        case .range(_, let closed):
            let r = v.rangeValue
            return closed ? "ClosedRange(\(r.lower)...\(r.upper))" : "Range(\(r.lower)..<\(r.upper))"
        case .wrapper(let kind, _, let bases): return try wrapper(v, kind, bases, qualified: true, library: library)
        case .sequence(.slice, let e): return try debugDescription(v, .array(e), library: library)
        case .sequence(.substring, _): return v.string.debugDescription
        // In a collection, Swift shows the view's type: [Dictionary.Keys(["a"])].
        case .sequence(.keys, let e): return "Dictionary.Keys(\(try debugDescription(v, .array(e), library: library)))"
        case .sequence(.values, let e): return "Dictionary.Values(\(try debugDescription(v, .array(e), library: library)))"
        case .stride(let b, let through):
            // A stride has no description of its own: Swift prints its qualified type name.
            return "Swift.\(through ? "StrideThrough" : "StrideTo")<Swift.\(b)>"
        case .sequence, .metatype: return "\(t)"
        case .native(let id): return library.describe(v, id, debug: true)
        case .structure(let s):
            if let d = s.describer { return try d(v) }
            return try structure(v, s, qualified: true, library: library)
        case .enumeration(let e):
            if let d = e.describer { return try d(v) }
            return try enumeration(v, e, qualified: true, library: library)
        case .anyValue, .anyError:
            guard case .existential(let x) = v else { unreachableCase() }
            return try debugDescription(x.value, x.type, library: library)
        }
    }

    /// An enum case by reflection: its name (after the qualified type name in a debug
    /// description, `main.Shape.circle`) and its associated values as a tuple: `rect(1.0, 2.0)`.
    /// A single unlabelled tuple is the payload itself: `case pair((Int, Int))` prints `pair(1, 2)`.
    static func enumeration(_ v: Value, _ e: EnumType, qualified: Bool, library: Library) throws(Trap) -> String {
        let i = EnumType.tag(v)
        let c = e.cases[i]
        let name = (qualified ? "\(e.module).\(e.name)." : "") + c.name
        guard let payload = c.payload else { return name }
        let items = Array(v.tuple.dropFirst())
        if payload.count == 1, payload[0].label == nil, case .tuple = payload[0].type {
            return try name + debugDescription(items[0], payload[0].type, library: library)
        }
        return try name + debugDescription(.tuple(items), .tuple(payload), library: library)
    }

    /// Swift prints a struct by reflection: its name (with the module, `main`, in a debug
    /// description) and its stored properties as a labelled tuple: `Point(x: 1, y: 2.0)`.
    static func structure(_ v: Value, _ s: StructType, qualified: Bool, library: Library) throws(Trap) -> String {
        let items = v.tuple
        var parts: [String] = []
        for (i, f) in s.fields.enumerated() {
            parts.append(f.name + ": " + (try debugDescription(items[i], f.type, library: library)))
        }
        return QType.structure(s).genericName(qualified: qualified) + "(" + parts.joined(separator: ", ") + ")"
    }

    /// `ReversedCollection<Array<Int>>(_base: [3, 1, 2])`, `Zip2Sequence<...>(_sequence1: ..., _sequence2: ...)`.
    static func wrapper(_ v: Value, _ kind: QType.WrapperKind, _ bases: [QType], qualified: Bool, library: Library) throws(Trap) -> String {
        let parts = v.tuple
        let names = bases.map { $0.genericName(qualified: qualified) }.joined(separator: ", ")
        let fields: String
        if kind == .zip {
            fields = "_sequence1: \(try debugDescription(parts[1], bases[0], library: library)), _sequence2: \(try debugDescription(parts[2], bases[1], library: library))"
        } else {
            fields = "_base: \(try debugDescription(parts[1], bases[0], library: library))"
        }
        return "\(qualified ? "Swift." : "")\(kind.rawValue)<\(names)>(\(fields))"
    }
}
