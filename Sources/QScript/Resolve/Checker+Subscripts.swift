extension Checker {
    func checkSubscript(_ base: Expr, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let b = try check(base)
        switch b.type {
        case .array(let e):
            guard args.count == 1, args[0].label == nil else { throw subscriptArgumentError(args, b.type, at: loc) }
            if case .partialRange(let kind, let bound) = args[0].value.kind.unparenthesised {
                // `xs[2...]`, `xs[..<2]`, `xs[...2]`: the missing end is the array's.
                let f = b.code.value, x = try check(bound, as: .int, context: .argument).code.int
                return Typed(.sequence(.slice, e), .value { fp throws(Trap) in
                    let a = try f(fp).array
                    let n = try x(fp)
                    let (lower, upper) = kind == .from ? (n, a.count) : (0, kind == .upTo ? n : n &+ 1)
                    guard lower >= 0, lower <= upper, upper <= a.count else {
                        throw Trap(id: "index-out-of-range", message: "Array index is out of range", loc: loc)
                    }
                    return .array(Array(a[lower..<upper]))
                })
            }
            let idx = try check(args[0].value, expected: .int)
            if case .range = idx.type {
                let f = b.code.value, r = idx.code.value
                return Typed(.sequence(.slice, e), .value { fp throws(Trap) in
                    let a = try f(fp).array
                    let range = try r(fp).rangeValue
                    let upper = range.closed ? range.upper + 1 : range.upper
                    guard range.lower >= 0, upper <= a.count else {
                        throw Trap(id: "index-out-of-range", message: "Array index is out of range", loc: loc)
                    }
                    return .array(Array(a[range.lower..<upper]))
                })
            }
            let i = try convert(idx, to: .int, context: .argument, at: args[0].value.loc).code.int
            let f = b.code.value
            if let fast = try fastElementRead(base, i, e, at: loc) { return fast }
            return Typed(e, .make(e) { fp throws(Trap) in
                let a = try f(fp).array
                let index = try i(fp)
                guard index >= 0 && index < a.count else { throw indexOutOfRangeTrap(loc, index, a.count) }
                return a[index]
            })
        case .dictionary(let k, let v):
            let f = b.code.value
            if args.count == 2, args[0].label == nil, args[1].label == "default" {
                let key = try check(args[0].value, as: k, context: .argument).code.value
                let dflt = try check(args[1].value, as: v, context: .argument).code.value
                return Typed(v, .make(v) { fp throws(Trap) in
                    let d = try f(fp).dictionary
                    if let v = d[try key(fp)] { return v }
                    return try dflt(fp)
                })
            }
            guard args.count == 1, args[0].label == nil else { throw subscriptArgumentError(args, b.type, at: loc) }
            let key = try check(args[0].value, as: k, context: .argument).code.value
            return Typed(.optional(v), .value { fp throws(Trap) in
                let d = try f(fp).dictionary
                return d[try key(fp)] ?? .none
            })
        case .string, .sequence(.substring, _):
            throw error("string-subscript", "'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.", at: loc,
                        notes: [.init(message: "convert with 'Array(s)' to index characters by number")])
        case .native(let id):
            guard let subs = library.type(id)?.subscripts, !subs.isEmpty else { break }
            return try callNativeOverloads(subs, args, receiver: b, at: loc, what: "\(id.name).subscript", kind: .instanceMethod)
        default:
            break
        }
        throw error("no-subscript", "value of type '\(b.type)' has no subscripts", at: loc)
    }

    func subscriptArgumentError(_ args: [Argument], _ t: QType, at loc: SourceLoc) -> CheckError {
        if let l = args.first(where: { $0.label != nil }) {
            return error("argument-label", "extraneous argument label '\(l.label!):' in subscript", at: l.loc)
        }
        return error("argument-count", "subscript of '\(t)' takes one argument", at: loc)
    }

    func subscriptPlace(_ base: Expr, _ args: [Argument], _ access: Access, at loc: SourceLoc) throws(CheckError) -> Place {
        let p = try place(base, access == .assign ? .subscriptAssign : access.nested)
        switch p.type {
        case .array(let e):
            guard args.count == 1, args[0].label == nil else { throw subscriptArgumentError(args, p.type, at: loc) }
            let idx = try check(args[0].value, as: .int, context: .argument).code.int
            let parent = p.access
            let slot = fn.newSlot(trivial: true)
            let access: Place.Modify = { fp, body throws(Trap) in
                let i = fp[slot].int
                try parent(fp) { (v: inout Value) throws(Trap) in
                    guard case .array(var a) = v else { throw uninitializedTrap(base.description, loc) }
                    v = .void
                    defer { v = .array(a) }
                    guard i >= 0 && i < a.count else { throw indexOutOfRangeTrap(loc, i, a.count) }
                    try body(&a[i])
                }
            }
            return Place(type: e, path: p.path(then: { fp throws(Trap) in fp[slot] = .int(try idx(fp)) }), access: access)
        case .dictionary(let k, let v):
            let parent = p.access
            let slot = fn.newSlot()
            if args.count == 2, args[0].label == nil, args[1].label == "default" {
                let key = try check(args[0].value, as: k, context: .argument).code.value
                let dflt = try check(args[1].value, as: v, context: .argument).code.value
                // The default is an autoclosure in Swift: evaluated during the access, only for a missing key.
                return Place(type: v, path: p.path(then: { fp throws(Trap) in fp[slot] = try key(fp) }), access: { fp, body throws(Trap) in
                    let kv = fp[slot]
                    try parent(fp) { (x: inout Value) throws(Trap) in
                        guard case .dictionary(var d) = x else { throw uninitializedTrap(base.description, loc) }
                        x = .void
                        defer { x = .dictionary(d) }
                        let initial = try (d[kv] == nil ? dflt(fp) : .void)
                        try d.modify(kv, initial: initial, body)
                    }
                })
            }
            guard args.count == 1, args[0].label == nil else { throw subscriptArgumentError(args, p.type, at: loc) }
            let key = try check(args[0].value, as: k, context: .argument).code.value
            return Place(type: .optional(v), path: p.path(then: { fp throws(Trap) in fp[slot] = try key(fp) }), access: { fp, body throws(Trap) in
                let kv = fp[slot]
                try parent(fp) { (x: inout Value) throws(Trap) in
                    guard case .dictionary(var d) = x else { throw uninitializedTrap(base.description, loc) }
                    x = .void
                    defer { x = .dictionary(d) }
                    var current = d[kv] ?? .none
                    try body(&current)
                    if case .none = current { d.remove(kv) } else { d.set(kv, current) }
                }
            })
        default:
            throw error("no-subscript", "value of type '\(p.type)' has no subscripts", at: loc)
        }
    }

    /// Where a variable's value lives, for reads that should not copy it (`xs[i]`, `m[i][j]`).
    func variablePointer(_ e: Expr) throws(CheckError) -> ((Frame) -> UnsafeMutablePointer<Value>)? {
        guard case .name(let n) = e.kind.unparenthesised, let b = lookup(n) else { return nil }
        switch b {
        case .global(let g):
            if uninitialized.contains(ObjectIdentifier(g)) { return nil }
            let r = g.ref
            return { _ in r.pointer }
        case .local(let v):
            if uninitialized.contains(ObjectIdentifier(v)) || v.constant != nil { return nil }
            let slot = v.owner === fn ? v.slot : fn.captureSlot(for: v)
            if v.boxed || v.owner !== fn { return { fp in fp[slot].boxPointer } }
            return { fp in fp + slot }
        default:
            return nil
        }
    }

    /// `xs[i]` and `m[i][j]` on array variables: one closure, reading through the variable's
    /// storage, returning the element in its own representation.
    func fastElementRead(_ base: Expr, _ index: @escaping IntCode, _ e: QType, at loc: SourceLoc) throws(CheckError) -> Typed? {
        if let ptr = try variablePointer(base) {
            let name = base.description
            let read: ValueCode = { fp throws(Trap) in
                let i = try index(fp)
                guard case .array(let a) = ptr(fp).pointee else { throw uninitializedTrap(name, loc) }
                guard i >= 0 && i < a.count else { throw indexOutOfRangeTrap(loc, i, a.count) }
                return a[i]
            }
            if e == .double {
                return Typed(e, .double { fp throws(Trap) in
                    let i = try index(fp)
                    guard case .array(let a) = ptr(fp).pointee else { throw uninitializedTrap(name, loc) }
                    guard i >= 0 && i < a.count else { throw indexOutOfRangeTrap(loc, i, a.count) }
                    guard case .double(let d) = a[i] else { unreachableCase() }
                    return d
                })
            }
            return Typed(e, .make(e, read))
        }
        // m[i][j] with m a variable of type [[T]].
        guard case .subscriptCall(let outerBase, let outerArgs) = base.kind.unparenthesised, outerArgs.count == 1,
              outerArgs[0].label == nil, let ptr = try variablePointer(outerBase),
              let outerType = lookup(outerBase.description)?.type, outerType == .array(.array(e)) else { return nil }
        let rowIndex = try check(outerArgs[0].value, expected: .int)
        guard rowIndex.type == .int else { return nil }
        let row = rowIndex.code.int
        let name = outerBase.description
        let rowLoc = base.loc
        if e == .double {
            return Typed(e, .double { fp throws(Trap) in
                let i = try row(fp)
                guard case .array(let outer) = ptr(fp).pointee else { throw uninitializedTrap(name, loc) }
                guard i >= 0 && i < outer.count else { throw indexOutOfRangeTrap(rowLoc, i, outer.count) }
                guard case .array(let inner) = outer[i] else { unreachableCase() }
                let j = try index(fp)
                guard j >= 0 && j < inner.count else { throw indexOutOfRangeTrap(loc, j, inner.count) }
                guard case .double(let d) = inner[j] else { unreachableCase() }
                return d
            })
        }
        return Typed(e, .make(e) { fp throws(Trap) in
            let i = try row(fp)
            guard case .array(let outer) = ptr(fp).pointee else { throw uninitializedTrap(name, loc) }
            guard i >= 0 && i < outer.count else { throw indexOutOfRangeTrap(rowLoc, i, outer.count) }
            guard case .array(let inner) = outer[i] else { unreachableCase() }
            let j = try index(fp)
            guard j >= 0 && j < inner.count else { throw indexOutOfRangeTrap(loc, j, inner.count) }
            return inner[j]
        })
    }
}
