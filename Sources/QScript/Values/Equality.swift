/// `==` and `<` on values of a static type, as Swift's `Equatable`/`Comparable` define them.
enum Equality {
    static func equal(_ a: Value, _ b: Value, _ t: QType, _ lib: Library) -> Bool {
        switch t {
        case .int, .fixedWidth: return a.int == b.int
        case .double, .float: return a.double == b.double
        case .bool: return a.bool == b.bool
        case .string: return a.string == b.string
        case .character: return a.character == b.character
        case .optional(let w):
            switch (a.isNone, b.isNone) {
            case (true, true): return true
            case (false, false): return equal(a, b, w, lib)
            default: return false
            }
        case .array(let e):
            let x = a.array, y = b.array
            guard x.count == y.count else { return false }
            // Swift's `==` first asks whether both arrays share one buffer (then they are equal,
            // even holding NaN); QScript's arrays share buffers exactly when Swift's do.
            if x.isEmpty || x.withUnsafeBufferPointer({ $0.baseAddress }) == y.withUnsafeBufferPointer({ $0.baseAddress }) { return true }
            for i in x.indices where !equal(x[i], y[i], e, lib) { return false }
            return true
        case .tuple(let fields):
            let x = a.tuple, y = b.tuple
            for i in fields.indices where !equal(x[i], y[i], fields[i].type, lib) { return false }
            return true
        case .structure(let s):
            // The synthesised `==`: every stored property, in order.
            let x = a.tuple, y = b.tuple
            for (i, f) in s.fields.enumerated() where !equal(x[i], y[i], f.type, lib) { return false }
            return true
        case .enumeration(let e):
            // The synthesised `==`: the same case, and equal associated values.
            if !e.hasPayloads { return a.int == b.int }
            let x = a.tuple, y = b.tuple
            let i = x[0].int
            guard i == y[0].int else { return false }
            for (k, f) in (e.cases[i].payload ?? []).enumerated() where !equal(x[k + 1], y[k + 1], f.type, lib) { return false }
            return true
        case .dictionary(_, let v):
            let x = a.dictionary, y = b.dictionary
            guard x.count == y.count else { return false }
            for i in 0..<x.count {
                guard let other = y[x.keys[i]], equal(x.values[i], other, v, lib) else { return false }
            }
            return true
        case .range:
            return a.rangeValue == b.rangeValue
        case .native(let id):
            return lib.equal(a, b, id)
        default:
            return false
        }
    }

    /// Strict order for `Comparable` types (and tuples of them, lexicographically).
    static func less(_ t: QType) -> (Value, Value) -> Bool {
        switch t {
        case .int: return { $0.int < $1.int }
        case .double, .float: return { $0.double < $1.double }
        case .fixedWidth(let k):
            let order = FixedWidth.less(k)
            return { order($0.int, $1.int) }
        case .string: return { $0.string < $1.string }
        case .character: return { $0.character < $1.character }
        case .bool: return { !$0.bool && $1.bool }
        case .tuple(let fields):
            let orders = fields.map { less($0.type) }
            return { a, b in
                let x = a.tuple, y = b.tuple
                for i in orders.indices {
                    if orders[i](x[i], y[i]) { return true }
                    if orders[i](y[i], x[i]) { return false }
                }
                return false
            }
        case .enumeration(let e):
            // The synthesised `<`: the case declared first, then the associated values in order.
            if !e.hasPayloads { return { $0.int < $1.int } }
            return { a, b in
                let x = a.tuple, y = b.tuple
                let i = x[0].int, j = y[0].int
                if i != j { return i < j }
                for (k, f) in (e.cases[i].payload ?? []).enumerated() {
                    let order = less(f.type)
                    if order(x[k + 1], y[k + 1]) { return true }
                    if order(y[k + 1], x[k + 1]) { return false }
                }
                return false
            }
        default:
            return { _, _ in false }
        }
    }
}
