/// `Array`'s rows, and their implementations. Every sequence a cell iterates (strings, ranges,
/// views, a dictionary's entries) reaches these rows as the array of its elements
/// (`Checker.standardReceivers`); `c.original` is the receiver as written.
extension StandardLibrary {

    static let arrays: [StandardMember] = [
        .init(.array, "var count: Int { get }", example: "print([1, 2].count)", fast: countOfVariable, count),
        .init(.array, "var isEmpty: Bool { get }", example: "print([Int]().isEmpty)", isEmpty),
        .init(.array, "var first: Element? { get }", example: "print([1, 2].first as Any)", first),
        .init(.array, "var last: Element? { get }", example: "print([1, 2].last as Any)", last),
        .init(.array, "var indices: Range<Int> { get }", example: "print([1, 2].indices)", indices),
        .init(.array, "func contains(_: Element) -> Bool", example: "print([1, 2].contains(2))", requires: [.equatable], contains),
        .init(.array, "func contains(where: (Element) -> Bool) -> Bool", example: "print([1, 2].contains { $0 > 1 })", containsWhere),
        .init(.array, "func allSatisfy(_: (Element) -> Bool) -> Bool", example: "print([1, 2].allSatisfy { $0 > 0 })", allSatisfy),
        .init(.array, "func first(where: (Element) -> Bool) -> Element?", example: "print([1, 2].first { $0 > 1 } as Any)", firstWhere),
        .init(.array, "func last(where: (Element) -> Bool) -> Element?", example: "print([1, 2].last { $0 < 2 } as Any)", lastWhere),
        .init(.array, "func firstIndex(of: Element) -> Int?", example: "print([1, 2].firstIndex(of: 2) as Any)", requires: [.equatable], firstIndexOf),
        .init(.array, "func lastIndex(of: Element) -> Int?", example: "print([2, 2].lastIndex(of: 2) as Any)", requires: [.equatable], lastIndexOf),
        .init(.array, "func firstIndex(where: (Element) -> Bool) -> Int?", example: "print([1, 2].firstIndex { $0 > 1 } as Any)", firstIndexWhere),
        .init(.array, "func lastIndex(where: (Element) -> Bool) -> Int?", example: "print([1, 2].lastIndex { $0 > 0 } as Any)", lastIndexWhere),
        .init(.array, "func filter(_: (Element) -> Bool) -> [Element]", example: "print([1, 2, 3].filter { $0 != 2 })", filter),
        .init(.array, "func count(where: (Element) -> Bool) -> Int", example: "print([1, 2, 3].count { $0 > 1 })", countWhere),
        .init(.array, "func map<T>(_: (Element) -> T) -> [T]", example: "print([1, 2].map { $0 * 2 })", map),
        .init(.array, "func compactMap<T>(_: (Element) -> T?) -> [T]", example: "print([\"1\", \"x\"].compactMap { Int($0) })", compactMap),
        .init(.array, "func flatMap<S>(_: (Element) -> S) -> [S.Element]", example: "print([1, 2].flatMap { [$0, $0] })", flatMap),
        .init(.array, "func forEach(_: (Element) -> Void)", example: "[1, 2].forEach { print($0) }", forEach),
        .init(.array, "func reduce<R>(_: R, _: (R, Element) -> R) -> R", example: "print([1, 2, 3].reduce(0, +))", reduce),
        .init(.array, "func reduce<R>(into: R, _: (inout R, Element) -> Void) -> R", example: "print([1, 2].reduce(into: [Int]()) { $0.append($1) })", special: reduceInto),
        .init(.array, "func sorted() -> [Element]", example: "print([3, 1, 2].sorted())", requires: [.comparable], sorted),
        .init(.array, "func sorted(by: (Element, Element) -> Bool) -> [Element]", example: "print([3, 1, 2].sorted(by: >))", sortedBy),
        .init(.array, "func min() -> Element?", example: "print([3, 1].min() as Any)", requires: [.comparable], min),
        .init(.array, "func max() -> Element?", example: "print([3, 1].max() as Any)", requires: [.comparable], max),
        .init(.array, "func min(by: (Element, Element) -> Bool) -> Element?", example: "print([3, 1].min { $0 > $1 } as Any)", minBy),
        .init(.array, "func max(by: (Element, Element) -> Bool) -> Element?", example: "print([3, 1].max { $0 > $1 } as Any)", maxBy),
        .init(.array, "func reversed() -> ReversedCollection<Self>", example: "print(Array([1, 2].reversed()))", reversed),
        .init(.array, "func enumerated() -> EnumeratedSequence<Self>", example: "for (i, x) in [5, 6].enumerated() { print(i, x) }", enumerated),
        .init(.array, "func joined() -> String", example: "print([\"a\", \"b\"].joined())", requires: [.stringElements], joined),
        .init(.array, "func joined(separator: String) -> String", example: "print([\"a\", \"b\"].joined(separator: \"-\"))", requires: [.stringElements], joined),
        .init(.array, "func prefix(_: Int) -> ArraySlice<Element>", example: "print([1, 2, 3].prefix(2))", part(.prefix)),
        .init(.array, "func suffix(_: Int) -> ArraySlice<Element>", example: "print([1, 2, 3].suffix(2))", part(.suffix)),
        .init(.array, "func dropFirst(_: Int = 1) -> ArraySlice<Element>", example: "print([1, 2, 3].dropFirst())", part(.dropFirst)),
        .init(.array, "func dropLast(_: Int = 1) -> ArraySlice<Element>", example: "print([1, 2, 3].dropLast(2))", part(.dropLast)),
        .init(.array, "func shuffled<G>(using: inout G) -> [Element]", example: "var g = SeededGenerator(seed: 1)\nprint([1, 2, 3].shuffled(using: &g).count)", special: random),
        .init(.array, "func randomElement<G>(using: inout G) -> Element?", example: "var g = SeededGenerator(seed: 1)\nprint([1, 2].randomElement(using: &g) != nil)", special: random),
    ]

    /// An array slice's properties (its methods are the `Array` rows). Its `indices` are those
    /// of the array it slices, which a slice here does not keep: refused by name.
    static let arraySlices: [StandardMember] = [
        .init(.arraySlice, "var count: Int { get }", example: "print([1, 2, 3].dropFirst().count)", fast: countOfVariable, count),
        .init(.arraySlice, "var isEmpty: Bool { get }", example: "print([1].dropFirst().isEmpty)", isEmpty),
        .init(.arraySlice, "var first: Element? { get }", example: "print([1, 2, 3].dropFirst().first as Any)", first),
        .init(.arraySlice, "var last: Element? { get }", example: "print([1, 2, 3].dropLast().last as Any)", last),
    ]

    // MARK: - Properties

    /// `xs.count` of a local array variable: read from its slot, without copying the array out.
    private static func countOfVariable(_ c: StandardCall) -> Typed? {
        guard case .name(let n)? = c.baseExpr?.kind, case .local(let v)? = c.checker.lookup(n), v.owner === c.checker.fn, !v.boxed else { return nil }
        let slot = v.slot, loc = c.loc
        return Typed(.int, .int { fp throws(Trap) in
            guard case .array(let a) = fp[slot] else { throw uninitializedTrap(n, loc) }
            return a.count
        })
    }

    private static func count(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.int, .int { fp throws(Trap) in try f(fp).array.count })
    }

    private static func isEmpty(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.bool, .bool { fp throws(Trap) in try f(fp).array.isEmpty })
    }

    private static func first(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.optional(c.element), .value { fp throws(Trap) in try f(fp).array.first ?? .none })
    }

    private static func last(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.optional(c.element), .value { fp throws(Trap) in try f(fp).array.last ?? .none })
    }

    private static func indices(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.range(.int, closed: false), .value { fp throws(Trap) in
            .range(RangeValue(lower: 0, upper: try f(fp).array.count, step: 1, closed: false))
        })
    }

    // MARK: - Searching

    private static func contains(_ c: StandardCall) -> Typed {
        let f = c.value, x = c.argument(0), e = c.element, lib = c.library
        return Typed(.bool, .bool { fp throws(Trap) in
            let a = try f(fp).array, v = try x(fp)
            return a.contains { Equality.equal($0, v, e, lib) }
        })
    }

    private static func firstIndexOf(_ c: StandardCall) -> Typed { indexOf(c, first: true) }
    private static func lastIndexOf(_ c: StandardCall) -> Typed { indexOf(c, first: false) }

    private static func indexOf(_ c: StandardCall, first: Bool) -> Typed {
        let f = c.value, x = c.argument(0), e = c.element, lib = c.library
        return Typed(.optional(.int), .value { fp throws(Trap) in
            let a = try f(fp).array, v = try x(fp)
            let i = first ? a.firstIndex { Equality.equal($0, v, e, lib) } : a.lastIndex { Equality.equal($0, v, e, lib) }
            return i.map { .int($0) } ?? .none
        })
    }

    /// The parts every predicate method shares: the array, the predicate, and a test of one element.
    private static func predicate(_ c: StandardCall) -> (ValueCode, ValueCode, (Function, Value) throws(Trap) -> Bool) {
        let m = c.m, loc = c.loc
        return (c.value, c.argument(0), { (fn, x) throws(Trap) in try Invoke.call1(fn, x, m, loc).bool })
    }

    private static func containsWhere(_ c: StandardCall) -> Typed {
        let (f, p, test) = predicate(c)
        return Typed(.bool, .bool { fp throws(Trap) in
            let a = try f(fp).array, fn = try p(fp).function
            for x in a {
                if try test(fn, x) { return true }
            }
            return false
        })
    }

    private static func allSatisfy(_ c: StandardCall) -> Typed {
        let (f, p, test) = predicate(c)
        return Typed(.bool, .bool { fp throws(Trap) in
            let a = try f(fp).array, fn = try p(fp).function
            for x in a {
                if !(try test(fn, x)) { return false }
            }
            return true
        })
    }

    private static func countWhere(_ c: StandardCall) -> Typed {
        let (f, p, test) = predicate(c)
        return Typed(.int, .int { fp throws(Trap) in
            let a = try f(fp).array, fn = try p(fp).function
            var n = 0
            for x in a {
                if try test(fn, x) { n += 1 }
            }
            return n
        })
    }

    private static func firstWhere(_ c: StandardCall) -> Typed { elementWhere(c, forward: true) }
    private static func lastWhere(_ c: StandardCall) -> Typed { elementWhere(c, forward: false) }

    private static func elementWhere(_ c: StandardCall, forward: Bool) -> Typed {
        let (f, p, test) = predicate(c)
        return Typed(.optional(c.element), .value { fp throws(Trap) in
            let a = try f(fp).array, fn = try p(fp).function
            for x in forward ? a : a.reversed() {
                if try test(fn, x) { return x }
            }
            return .none
        })
    }

    private static func firstIndexWhere(_ c: StandardCall) -> Typed { indexWhere(c, forward: true) }
    private static func lastIndexWhere(_ c: StandardCall) -> Typed { indexWhere(c, forward: false) }

    private static func indexWhere(_ c: StandardCall, forward: Bool) -> Typed {
        let (f, p, test) = predicate(c)
        return Typed(.optional(.int), .value { fp throws(Trap) in
            let a = try f(fp).array, fn = try p(fp).function
            for i in forward ? Array(a.indices) : a.indices.reversed() {
                if try test(fn, a[i]) { return .int(i) }
            }
            return .none
        })
    }

    /// `filter`: a string's filter is a string.
    private static func filter(_ c: StandardCall) -> Typed {
        let (f, p, test) = predicate(c)
        let toString = c.sourceIsString
        return Typed(toString ? .string : .array(c.element), .value { fp throws(Trap) in
            let a = try f(fp).array, fn = try p(fp).function
            var out: [Value] = []
            for x in a {
                if try test(fn, x) { out.append(x) }
            }
            if toString { return .string(String(out.map(\.character))) }
            return .array(out)
        })
    }

    // MARK: - Transforming

    private enum Transform { case map, compactMap, flatMap }

    private static func map(_ c: StandardCall) -> Typed { transform(c, .map, c.types["T"]!) }
    private static func compactMap(_ c: StandardCall) -> Typed { transform(c, .compactMap, c.types["T"]!) }

    private static func flatMap(_ c: StandardCall) throws(CheckError) -> Typed {
        let r = c.types["S"]!
        guard let inner = r.elementType, r.isArrayLike else {
            throw c.error("type-mismatch", "'flatMap' needs a closure returning an array, not '\(r)'", at: c.written[0]!.loc)
        }
        return transform(c, .flatMap, inner)
    }

    private static func transform(_ c: StandardCall, _ kind: Transform, _ resultElement: QType) -> Typed {
        let f = c.value, g = c.argument(0), m = c.m, loc = c.loc
        guard case .function(_, let r) = c.arguments[0]!.type else { unreachableCase() }
        let flatten = Sequences.elements(r, m, loc)
        return Typed(.array(resultElement), .value { fp throws(Trap) in
            let a = try f(fp).array
            let fn = try g(fp).function
            var out: [Value] = []
            out.reserveCapacity(a.count)
            for x in a {
                let y = try Invoke.call1(fn, x, m, loc)
                switch kind {
                case .map: out.append(y)
                case .compactMap: if case .none = y {} else { out.append(y) }
                case .flatMap: out.append(contentsOf: try flatten(y))
                }
            }
            return .array(out)
        })
    }

    private static func forEach(_ c: StandardCall) -> Typed {
        let f = c.value, g = c.argument(0), m = c.m, loc = c.loc
        return Typed(.void, .value { fp throws(Trap) in
            let a = try f(fp).array
            let fn = try g(fp).function
            for x in a { _ = try Invoke.call1(fn, x, m, loc) }
            return .void
        })
    }

    private static func reduce(_ c: StandardCall) -> Typed {
        fold(c, initial: c.argument(0), with: c.argument(1), as: c.types["R"]!)
    }

    /// `reduce(into:)`, a special form: its closure's first parameter is `inout`, which only a
    /// closure literal can take here.
    private static func reduceInto(_ c: StandardCall) throws(CheckError) -> Typed {
        let initial = try c.checker.check(c.written[0]!.value, expected: c.expected)
        let r = initial.type
        guard case .closure(let closure) = c.written[1]!.value.kind.unparenthesised else {
            throw c.checker.unsupported("passing a named function to 'reduce(into:)' (use a closure)", at: c.written[1]!.loc)
        }
        let g = try c.checker.checkClosure(closure, params: [r, c.element], result: .void, inoutFirst: true).code.value
        return fold(c, initial: initial.code.value, with: g, as: r)
    }

    /// `reduce`: the function value `g` folds the array from `initial`. Both forms share it:
    /// `reduce(into:)`'s closure takes the accumulator in and hands it back.
    private static func fold(_ c: StandardCall, initial i: @escaping ValueCode, with g: @escaping ValueCode, as r: QType) -> Typed {
        let f = c.value, m = c.m, loc = c.loc
        return Typed(r, .make(r) { fp throws(Trap) in
            let a = try f(fp).array
            var acc = try i(fp)
            let fn = try g(fp).function
            for x in a { acc = try Invoke.call2(fn, acc, x, m, loc) }
            return acc
        })
    }

    // MARK: - Ordering

    private static func sorted(_ c: StandardCall) -> Typed {
        let f = c.value, less = Equality.less(c.element)
        return Typed(.array(c.element), .value { fp throws(Trap) in .array(try f(fp).array.sorted(by: less)) })
    }

    private static func min(_ c: StandardCall) -> Typed {
        let f = c.value, less = Equality.less(c.element)
        return Typed(.optional(c.element), .value { fp throws(Trap) in try f(fp).array.min(by: less) ?? .none })
    }

    private static func max(_ c: StandardCall) -> Typed {
        let f = c.value, less = Equality.less(c.element)
        return Typed(.optional(c.element), .value { fp throws(Trap) in try f(fp).array.max(by: less) ?? .none })
    }

    private enum Ordering { case sorted, min, max }

    private static func sortedBy(_ c: StandardCall) -> Typed { ordered(c, .sorted) }
    private static func minBy(_ c: StandardCall) -> Typed { ordered(c, .min) }
    private static func maxBy(_ c: StandardCall) -> Typed { ordered(c, .max) }

    /// `sorted(by:)`, `min(by:)`, `max(by:)`: the cell's closure is the order.
    private static func ordered(_ c: StandardCall, _ which: Ordering) -> Typed {
        let f = c.value, g = c.argument(0), m = c.m, loc = c.loc
        return Typed(which == .sorted ? .array(c.element) : .optional(c.element), .value { fp throws(Trap) in
            let a = try f(fp).array
            let fn = try g(fp).function
            let less: (Value, Value) throws -> Bool = { x, y in try Invoke.call2(fn, x, y, m, loc).bool }
            do {
                switch which {
                case .sorted: return .array(try a.sorted(by: less))
                case .min: return try a.min(by: less) ?? .none
                case .max: return try a.max(by: less) ?? .none
                }
            } catch let t as Trap {
                throw t
            } catch {
                unreachableCase()
            }
        })
    }

    // MARK: - Views

    /// `reversed()`: the `ReversedCollection` view of a bidirectional collection, except where
    /// the context needs an array (Swift then picks `Sequence.reversed()`, which returns one), and
    /// for sequences that are not bidirectional (a dictionary, its keys or values, a stride, a
    /// zip), whose `reversed()` is that array.
    private static func reversed(_ c: StandardCall) -> Typed {
        let f = c.value, e = c.element
        let base = c.original
        let bidirectional: Bool = switch base.type {
        case .dictionary, .sequence(.keys, _), .sequence(.values, _), .stride, .wrapper(.zip, _, _): false
        default: true
        }
        if case .array? = c.expected { return Typed(.array(e), .value { fp throws(Trap) in .array(try f(fp).array.reversed()) }) }
        if !bidirectional { return Typed(.array(e), .value { fp throws(Trap) in .array(try f(fp).array.reversed()) }) }
        if case .wrapper(.reversed, _, let bases) = base.type {
            // Reversing a reversed view gives back its base, as in Swift.
            let g = base.code.value
            return Typed(bases[0], .make(bases[0]) { fp throws(Trap) in try g(fp).tuple[1] })
        }
        return wrap(.reversed, e, base, f) { $0.reversed() }
    }

    private static func enumerated(_ c: StandardCall) -> Typed {
        let t = QType.tuple([.init(label: "offset", type: .int), .init(label: "element", type: c.element)])
        return wrap(.enumerated, t, c.original, c.value) { xs in xs.enumerated().map { .tuple([.int($0.offset), $0.element]) } }
    }

    /// A `reversed()`/`enumerated()` view: printable (with its base) when the base is a plain
    /// value; a view of a view is only iterable.
    static func wrap(_ kind: QType.WrapperKind, _ element: QType, _ base: Typed, _ elements: @escaping ValueCode,
                     _ transform: @escaping ([Value]) -> [Value]) -> Typed {
        let g = base.code.value
        switch base.type {
        case .array, .string, .range, .dictionary:
            return Typed(.wrapper(kind, element, [base.type]), .value { fp throws(Trap) in
                let b = try g(fp)
                return .tuple([.array(transform(try elements(fp).array)), b])
            })
        default:
            return Typed(.sequence(.lazy, element), .value { fp throws(Trap) in .array(transform(try elements(fp).array)) })
        }
    }

    private static func joined(_ c: StandardCall) -> Typed {
        let f = c.value, sep = c.arguments.first.flatMap { $0?.code.value }
        return Typed(.string, .value { fp throws(Trap) in
            let s = try sep.map { (c) throws(Trap) in try c(fp).string } ?? ""
            return .string(try f(fp).array.map(\.string).joined(separator: s))
        })
    }

    private enum Part { case prefix, suffix, dropFirst, dropLast }

    /// `prefix`, `suffix`, `dropFirst`, `dropLast`: an `ArraySlice` (a `Substring` of a string).
    private static func part(_ which: Part) -> StandardMember.Compile {
        { c in
            let f = c.value, loc = c.loc
            let n = c.arguments[0]?.code.int ?? { _ in 1 }
            let toString = c.sourceIsString
            let resultType: QType = toString ? .sequence(.substring, .character) : .sequence(.slice, c.element)
            return Typed(resultType, .value { fp throws(Trap) in
                let a = try f(fp).array, k = try n(fp)
                if k < 0 {
                    let verb = which == .dropFirst || which == .dropLast ? "drop" : "take"
                    throw Trap(id: "negative-count", message: "Can't \(verb) a negative number of elements from a collection", loc: loc)
                }
                let part: ArraySlice<Value>
                switch which {
                case .prefix: part = a.prefix(k)
                case .suffix: part = a.suffix(k)
                case .dropFirst: part = a.dropFirst(k)
                case .dropLast: part = a.dropLast(k)
                }
                if toString { return .string(String(part.map(\.character))) }
                return .array(Array(part))
            })
        }
    }

    /// `shuffled(using:)`, `randomElement(using:)`: a special form (the generator is passed `inout`).
    private static func random(_ c: StandardCall) throws(CheckError) -> Typed {
        guard let t = try c.checker.arrayRandom(c.value, c.element, c.signature.name, c.written.compactMap { $0 }, at: c.loc) else {
            throw c.error("no-member", "value of type '\(c.original.type)' has no member '\(c.signature.name)'")
        }
        return t
    }
}
