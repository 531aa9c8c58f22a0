extension Checker {
    /// `reduce`: the function value `g` folds the array `f` from `initial`. Both forms share it:
    /// `reduce(into:)`'s closure takes the accumulator in and hands it back.
    private func fold(_ f: @escaping ValueCode, initial i: @escaping ValueCode, with g: @escaping ValueCode,
                      as r: QType, at loc: SourceLoc) -> Typed {
        let m = m
        return Typed(r, .make(r) { fp throws(Trap) in
            let a = try f(fp).array
            var acc = try i(fp)
            let fn = try g(fp).function
            for x in a { acc = try Invoke.call2(fn, acc, x, m, loc) }
            return acc
        })
    }

    /// Non-mutating methods of arrays (and of every sequence, materialised as an array).
    func arrayMethod(_ b: Typed, _ e: QType, _ name: String, _ args: [Argument], expected: QType?, at loc: SourceLoc,
                     sourceIsString: Bool = false, original: Typed? = nil) throws(CheckError) -> Typed? {
        let f = b.code.value
        let m = self.m
        switch (name, labels(args, method: name)) {
        case ("contains", [nil]):
            guard e.isEquatable else { throw error("not-equatable", "referencing instance method 'contains' requires that '\(e)' conform to 'Equatable'", at: loc) }
            let x = try check(args[0].value, as: e, context: .argument).code.value
            let lib = library
            return Typed(.bool, .bool { fp throws(Trap) in
                let a = try f(fp).array, v = try x(fp)
                return a.contains { Equality.equal($0, v, e, lib) }
            })
        case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
            guard e.isEquatable else { throw error("not-equatable", "referencing instance method '\(name)(of:)' requires that '\(e)' conform to 'Equatable'", at: loc) }
            let x = try check(args[0].value, as: e, context: .argument).code.value
            let lib = library
            let first = name == "firstIndex"
            return Typed(.optional(.int), .value { fp throws(Trap) in
                let a = try f(fp).array, v = try x(fp)
                let i = first ? a.firstIndex { Equality.equal($0, v, e, lib) } : a.lastIndex { Equality.equal($0, v, e, lib) }
                return i.map { .int($0) } ?? .none
            })
        case ("contains", ["where"]), ("allSatisfy", [nil]), ("first", ["where"]), ("last", ["where"]),
             ("firstIndex", ["where"]), ("lastIndex", ["where"]), ("filter", [nil]), ("count", ["where"]):
            let p = try checkFunctionArgument(args[0].value, params: [e], result: .bool).code.value
            return predicateMethod(name, f, p, e, sourceIsString: sourceIsString, loc)
        case ("map", [nil]), ("compactMap", [nil]), ("flatMap", [nil]):
            let c = try checkFunctionArgument(args[0].value, params: [e], result: nil)
            guard case .function(_, let r) = c.type else { return nil }
            var resultElement = r
            if name == "compactMap" {
                // A closure returning a non-optional is promoted to an optional result.
                resultElement = r.optionalWrapped ?? r
            }
            if name == "flatMap" {
                guard let inner = r.elementType, r.isArrayLike else {
                    throw error("type-mismatch", "'flatMap' needs a closure returning an array, not '\(r)'", at: args[0].loc)
                }
                resultElement = inner
            }
            let g = c.code.value
            let kind = name
            let flatten = Sequences.elements(r, m, loc)
            return Typed(.array(resultElement), .value { fp throws(Trap) in
                let a = try f(fp).array
                let fn = try g(fp).function
                var out: [Value] = []
                out.reserveCapacity(a.count)
                for x in a {
                    let y = try Invoke.call1(fn, x, m, loc)
                    switch kind {
                    case "map": out.append(y)
                    case "compactMap": if case .none = y {} else { out.append(y) }
                    default: out.append(contentsOf: try flatten(y))
                    }
                }
                return .array(out)
            })
        case ("forEach", [nil]):
            let g = try checkFunctionArgument(args[0].value, params: [e], result: .void).code.value
            return Typed(.void, .value { fp throws(Trap) in
                let a = try f(fp).array
                let fn = try g(fp).function
                for x in a { _ = try Invoke.call1(fn, x, m, loc) }
                return .void
            })
        case ("reduce", [nil, nil]):
            let initial = try check(args[0].value, expected: literalKind(args[0].value) != nil ? (expected?.numericBase ?? (e.isNumeric ? e : nil)) : expected)
            let r = initial.type
            let g = try checkFunctionArgument(args[1].value, params: [r, e], result: r).code.value
            let i = initial.code.value
            return fold(f, initial: i, with: g, as: r, at: loc)
        case ("reduce", ["into", nil]):
            let initial = try check(args[0].value, expected: expected)
            let r = initial.type
            guard case .closure(let c) = args[1].value.kind.unparenthesised else {
                throw unsupported("passing a named function to 'reduce(into:)' (use a closure)", at: args[1].loc)
            }
            let g = try checkClosure(c, params: [r, e], result: .void, inoutFirst: true).code.value
            let i = initial.code.value
            return fold(f, initial: i, with: g, as: r, at: loc)
        case ("sorted", []), ("min", []), ("max", []):
            guard e.isComparable || isTupleOfComparables(e) else {
                throw error("not-comparable", "referencing instance method '\(name)()' requires that '\(e)' conform to 'Comparable'", at: loc)
            }
            let less = Equality.less(e)
            switch name {
            case "sorted": return Typed(.array(e), .value { fp throws(Trap) in .array(try f(fp).array.sorted(by: less)) })
            case "min": return Typed(.optional(e), .value { fp throws(Trap) in try f(fp).array.min(by: less) ?? .none })
            default: return Typed(.optional(e), .value { fp throws(Trap) in try f(fp).array.max(by: less) ?? .none })
            }
        case ("sorted", ["by"]), ("min", ["by"]), ("max", ["by"]):
            let g = try checkFunctionArgument(args[0].value, params: [e, e], result: .bool).code.value
            let which = name
            return Typed(which == "sorted" ? .array(e) : .optional(e), .value { fp throws(Trap) in
                let a = try f(fp).array
                let fn = try g(fp).function
                let less: (Value, Value) throws -> Bool = { x, y in try Invoke.call2(fn, x, y, m, loc).bool }
                do {
                    switch which {
                    case "sorted": return .array(try a.sorted(by: less))
                    case "min": return try a.min(by: less) ?? .none
                    default: return try a.max(by: less) ?? .none
                    }
                } catch let t as Trap {
                    throw t
                } catch {
                    unreachableCase()
                }
            })
        case ("reversed", []):
            if case .array? = expected {
                return Typed(.array(e), .value { fp throws(Trap) in .array(try f(fp).array.reversed()) })
            }
            let base = original ?? b
            if case .wrapper(.reversed, _, let bases) = base.type {
                // Reversing a reversed view gives back its base, as in Swift.
                let g = base.code.value
                return Typed(bases[0], .make(bases[0]) { fp throws(Trap) in try g(fp).tuple[1] })
            }
            return wrap(.reversed, e, base, f) { $0.reversed() }
        case ("enumerated", []):
            let t = QType.tuple([.init(label: "offset", type: .int), .init(label: "element", type: e)])
            return wrap(.enumerated, t, original ?? b, f) { xs in xs.enumerated().map { .tuple([.int($0.offset), $0.element]) } }
        case ("joined", []), ("joined", ["separator"]):
            guard e == .string || e == .sequence(.substring, .character) else {
                throw error("type-mismatch", "referencing instance method 'joined(separator:)' requires the elements to be 'String'", at: loc)
            }
            let sep = try args.isEmpty ? nil : check(args[0].value, as: .string, context: .argument).code.value
            return Typed(.string, .value { fp throws(Trap) in
                let s = try sep.map { (c) throws(Trap) in try c(fp).string } ?? ""
                return .string(try f(fp).array.map(\.string).joined(separator: s))
            })
        case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", [nil]), ("dropLast", [nil]), ("dropFirst", []), ("dropLast", []):
            let n = try args.isEmpty ? { _ in 1 } : check(args[0].value, as: .int, context: .argument).code.int
            let which = name
            let resultType: QType = sourceIsString ? .sequence(.substring, .character) : .sequence(.slice, e)
            return Typed(resultType, .value { fp throws(Trap) in
                let a = try f(fp).array, k = try n(fp)
                if k < 0 {
                    throw Trap(id: "negative-count", message: "Can't \(which.hasPrefix("drop") ? "drop" : "take") a negative number of elements from a collection", loc: loc)
                }
                let part: ArraySlice<Value>
                switch which {
                case "prefix": part = a.prefix(k)
                case "suffix": part = a.suffix(k)
                case "dropFirst": part = a.dropFirst(k)
                default: part = a.dropLast(k)
                }
                if sourceIsString { return .string(String(part.map(\.character))) }
                return .array(Array(part))
            })
        case ("shuffled", ["using"]), ("randomElement", ["using"]):
            return try arrayRandom(f, e, name, args, at: loc)
        case ("shuffled", _), ("randomElement", _), ("shuffle", _):
            throw unsupported("'\(name)' without a seeded generator (its randomness cannot be reproduced; pass 'using: &generator')", at: loc)
        default:
            return nil
        }
    }

    func isTupleOfComparables(_ t: QType) -> Bool {
        if case .tuple(let fs) = t { return fs.allSatisfy { $0.type.isComparable } }
        return false
    }

    func predicateMethod(_ name: String, _ f: @escaping ValueCode, _ p: @escaping ValueCode, _ e: QType, sourceIsString: Bool, _ loc: SourceLoc) -> Typed {
        let m = self.m
        func test(_ fn: Function, _ x: Value) throws(Trap) -> Bool { try Invoke.call1(fn, x, m, loc).bool }
        switch name {
        case "contains":
            return Typed(.bool, .bool { fp throws(Trap) in
                let a = try f(fp).array, fn = try p(fp).function
                for x in a {
                    if try test(fn, x) { return true }
                }
                return false
            })
        case "allSatisfy":
            return Typed(.bool, .bool { fp throws(Trap) in
                let a = try f(fp).array, fn = try p(fp).function
                for x in a {
                    if !(try test(fn, x)) { return false }
                }
                return true
            })
        case "count":
            return Typed(.int, .int { fp throws(Trap) in
                let a = try f(fp).array, fn = try p(fp).function
                var n = 0
                for x in a {
                    if try test(fn, x) { n += 1 }
                }
                return n
            })
        case "first", "last":
            let forward = name == "first"
            return Typed(.optional(e), .value { fp throws(Trap) in
                let a = try f(fp).array, fn = try p(fp).function
                for x in forward ? a : a.reversed() {
                    if try test(fn, x) { return x }
                }
                return .none
            })
        case "firstIndex", "lastIndex":
            let forward = name == "firstIndex"
            return Typed(.optional(.int), .value { fp throws(Trap) in
                let a = try f(fp).array, fn = try p(fp).function
                for i in forward ? Array(a.indices) : a.indices.reversed() {
                    if try test(fn, a[i]) { return .int(i) }
                }
                return .none
            })
        default: // filter
            return Typed(sourceIsString ? .string : .array(e), .value { fp throws(Trap) in
                let a = try f(fp).array, fn = try p(fp).function
                var out: [Value] = []
                for x in a {
                    if try test(fn, x) { out.append(x) }
                }
                if sourceIsString { return .string(String(out.map(\.character))) }
                return .array(out)
            })
        }
    }
}

extension QType {
    var isArrayLike: Bool {
        switch self {
        case .array, .sequence, .wrapper: true
        default: false
        }
    }
}

extension Checker {
    /// A `reversed()`/`enumerated()` view: printable (with its base) when the base is a plain
    /// value; a view of a view is only iterable.
    func wrap(_ kind: QType.WrapperKind, _ element: QType, _ base: Typed, _ elements: @escaping ValueCode,
              _ transform: @escaping ([Value]) -> [Value]) -> Typed {
        let g = base.code.value
        switch base.type {
        case .array, .string, .range:
            return Typed(.wrapper(kind, element, [base.type]), .value { fp throws(Trap) in
                let b = try g(fp)
                return .tuple([.array(transform(try elements(fp).array)), b])
            })
        default:
            return Typed(.sequence(.lazy, element), .value { fp throws(Trap) in .array(transform(try elements(fp).array)) })
        }
    }
}
