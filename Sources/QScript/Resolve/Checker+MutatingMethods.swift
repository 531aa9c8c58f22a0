extension Checker {
    /// Mutating methods (`append`, `remove(at:)`, `sort()`, ...) act on the base in place.
    func mutatingMethod(_ base: Expr, _ type: QType, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        try mutatingMethod(on: try place(base, .mutatingMember(name)), named: base.description, type, name, args, at: loc)
    }

    /// A mutating method on a place (`baseName` names it in messages).
    func mutatingMethod(on p: Place, named baseName: String, _ type: QType, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        // The base's path (its subscript indices), then the arguments, then the access: Swift's order.
        // (Not `??`: a typed-throws closure in its autoclosure crashes Swift 6.3's SILGen.)
        let path: Place.Path
        if let evaluate = p.path { path = evaluate } else { path = { _ throws(Trap) in } }
        let modify = p.access
        let m = self.m
        /// Runs `body` on the array in place, keeping its buffer uniquely referenced. The
        /// arguments are evaluated before the access, as in Swift (they may read the array itself).
        func onArray(_ result: QType, _ args: [ValueCode] = [], _ body: @escaping (inout [Value], [Value]) throws(Trap) -> Value) -> Typed {
            Typed(result, .make(result) { fp throws(Trap) in
                try path(fp)
                var values: [Value] = []
                for a in args { values.append(try a(fp)) }
                var out = Value.void
                try modify(fp) { (v: inout Value) throws(Trap) in
                    guard case .array(var a) = v else { throw uninitializedTrap(baseName, loc) }
                    v = .void
                    defer { v = .array(a) }
                    out = try body(&a, values)
                }
                return out
            })
        }
        switch (type, name, labels(args, method: name)) {
        case (.array(let e), "append", [nil]):
            let x = try check(args[0].value, as: e, context: .argument).code.value
            if let ptr = p.pointer {
                // The hot path of `xs.append(x)` on a variable.
                return Typed(.void, .value { fp throws(Trap) in
                    let v = try x(fp)
                    let slot = ptr(fp)
                    guard case .array(var a) = slot.pointee else { throw uninitializedTrap(baseName, loc) }
                    // Drop the slot's reference so the buffer is unique and grows in place.
                    slot.pointee = .void
                    if a.count &+ 1 > m.pointee.maxAllocation / MemoryLayout<Value>.stride {
                        slot.pointee = .array(a)
                        try growthCheck(a.count + 1, MemoryLayout<Value>.stride, m, loc)
                    }
                    a.append(v)
                    slot.pointee = .array(a)
                    return .void
                })
            }
            return onArray(.void, [x]) { (a, v) throws(Trap) in
                try growthCheck(a.count + 1, MemoryLayout<Value>.stride, m, loc)
                a.append(v[0])
                return .void
            }
        case (.array(let e), "append", ["contentsOf"]):
            let s = try check(args[0].value)
            guard s.type.elementType == e else {
                throw error("type-mismatch", "cannot convert value of type '\(s.type)' to expected argument type '[\(e)]'", at: args[0].value.loc)
            }
            let x = sequenceCode(s, at: loc)
            return onArray(.void, [x]) { (a, v) throws(Trap) in
                let more = v[0].array
                try growthCheck(a.count + more.count, MemoryLayout<Value>.stride, m, loc)
                a.append(contentsOf: more)
                return .void
            }
        case (.array(let e), "insert", [nil, "at"]):
            let x = try check(args[0].value, as: e, context: .argument).code.value
            let i = try check(args[1].value, as: .int, context: .argument).code.int
            return onArray(.void, [x, Code.int(i).value]) { (a, args) throws(Trap) in
                let v = args[0], k = args[1].int
                guard k >= 0 && k <= a.count else { throw Trap(id: "index-out-of-range", message: "Array index is out of range", loc: loc) }
                try growthCheck(a.count + 1, MemoryLayout<Value>.stride, m, loc)
                a.insert(v, at: k)
                return .void
            }
        case (.array(let e), "remove", ["at"]):
            let i = try check(args[0].value, as: .int, context: .argument).code.int
            return onArray(e, [Code.int(i).value]) { (a, args) throws(Trap) in
                let k = args[0].int
                guard k >= 0 && k < a.count else { throw indexOutOfRangeTrap(loc, k, a.count) }
                return a.remove(at: k)
            }
        case (.array(let e), "removeLast", []), (.array(let e), "removeFirst", []):
            let last = name == "removeLast"
            return onArray(e) { (a, _) throws(Trap) in
                guard !a.isEmpty else {
                    throw Trap(id: "empty-collection", message: "Can't remove \(last ? "last" : "first") element from an empty collection", loc: loc)
                }
                return last ? a.removeLast() : a.removeFirst()
            }
        case (.array, "removeLast", [nil]), (.array, "removeFirst", [nil]):
            let n = try check(args[0].value, as: .int, context: .argument).code.int
            let last = name == "removeLast"
            return onArray(.void, [Code.int(n).value]) { (a, args) throws(Trap) in
                let k = args[0].int
                guard k >= 0, k <= a.count else {
                    throw Trap(id: "empty-collection", message: "Can't remove more items from a collection than it contains", loc: loc)
                }
                if last { a.removeLast(k) } else { a.removeFirst(k) }
                return .void
            }
        case (.array(let e), "popLast", []):
            return onArray(.optional(e)) { (a, _) throws(Trap) in a.popLast() ?? .none }
        case (.array, "removeAll", []):
            return onArray(.void) { (a, _) throws(Trap) in a.removeAll(); return .void }
        case (.array(let e), "removeAll", ["where"]):
            let g = try checkFunctionArgument(args[0].value, params: [e], result: .bool).code.value
            return onArray(.void, [g]) { (a, args) throws(Trap) in
                let fn = args[0].function
                var kept: [Value] = []
                for x in a {
                    if !(try Invoke.call1(fn, x, m, loc).bool) { kept.append(x) }
                }
                a = kept
                return .void
            }
        case (.array(let e), "sort", []):
            guard e.isComparable else { throw error("not-comparable", "referencing instance method 'sort()' requires that '\(e)' conform to 'Comparable'", at: loc) }
            let less = Equality.less(e)
            return onArray(.void) { (a, _) throws(Trap) in a.sort(by: less); return .void }
        case (.array(let e), "sort", ["by"]):
            let g = try checkFunctionArgument(args[0].value, params: [e, e], result: .bool).code.value
            return onArray(.void, [g]) { (a, args) throws(Trap) in
                let fn = args[0].function
                do {
                    try a.sort { x, y in try Invoke.call2(fn, x, y, m, loc).bool }
                } catch let t as Trap {
                    throw t
                } catch {
                    unreachableCase()
                }
                return .void
            }
        case (.array, "reverse", []):
            return onArray(.void) { (a, _) throws(Trap) in a.reverse(); return .void }
        case (.array, "swapAt", [nil, nil]):
            let i = try check(args[0].value, as: .int, context: .argument).code.int
            let j = try check(args[1].value, as: .int, context: .argument).code.int
            return onArray(.void, [Code.int(i).value, Code.int(j).value]) { (a, args) throws(Trap) in
                let x = args[0].int, y = args[1].int
                guard x >= 0, x < a.count, y >= 0, y < a.count else { throw indexOutOfRangeTrap(loc, x < 0 || x >= a.count ? x : y, a.count) }
                a.swapAt(x, y)
                return .void
            }
        case (.string, "append", [nil]), (.string, "append", ["contentsOf"]):
            let t = try check(args[0].value, expected: .string)
            guard t.type == .string || t.type == .character || t.type == .sequence(.substring, .character) else {
                throw error("type-mismatch", "cannot convert value of type '\(t.type)' to expected argument type 'String'", at: args[0].value.loc)
            }
            let x = t.code.value
            return Typed(.void, .value { fp throws(Trap) in
                try path(fp)
                let v = try x(fp)
                try modify(fp) { (s: inout Value) throws(Trap) in
                    guard case .string(var str) = s else { throw uninitializedTrap(baseName, loc) }
                    s = .void
                    try growthCheck(str.utf8.count + 4, 1, m, loc)
                    if case .character(let c) = v { str.append(c) } else { str += v.string }
                    s = .string(str)
                }
                return .void
            })
        case (.string, "removeLast", []), (.string, "removeFirst", []):
            let last = name == "removeLast"
            return Typed(.character, .value { fp throws(Trap) in
                try path(fp)
                var out = Value.void
                try modify(fp) { (s: inout Value) throws(Trap) in
                    guard case .string(var str) = s else { throw uninitializedTrap(baseName, loc) }
                    guard !str.isEmpty else {
                        throw Trap(id: "empty-collection", message: "Can't remove \(last ? "last" : "first") element from an empty collection", loc: loc)
                    }
                    s = .void
                    out = .character(last ? str.removeLast() : str.removeFirst())
                    s = .string(str)
                }
                return out
            })
        case (.string, "removeAll", []):
            return Typed(.void, .value { fp throws(Trap) in
                try path(fp)
                try modify(fp) { (s: inout Value) throws(Trap) in s = .string("") }
                return .void
            })
        case (.dictionary(let k, let v), "removeValue", ["forKey"]), (.dictionary(let k, let v), "updateValue", [nil, "forKey"]):
            let isUpdate = name == "updateValue"
            let newValue = try isUpdate ? check(args[0].value, as: v, context: .argument).code.value : nil
            let key = try check(args[isUpdate ? 1 : 0].value, as: k, context: .argument).code.value
            return Typed(.optional(v), .value { fp throws(Trap) in
                try path(fp)
                let nv = try newValue?(fp)
                let kv = try key(fp)
                var out = Value.none
                try modify(fp) { (x: inout Value) throws(Trap) in
                    guard case .dictionary(var d) = x else { throw uninitializedTrap(baseName, loc) }
                    x = .void
                    out = d[kv] ?? .none
                    if let nv { d.set(kv, nv) } else { d.remove(kv) }
                    x = .dictionary(d)
                }
                return out
            })
        case (.dictionary, "removeAll", []):
            return Typed(.void, .value { fp throws(Trap) in
                try path(fp)
                try modify(fp) { (x: inout Value) throws(Trap) in x = .dictionary(DictionaryValue()) }
                return .void
            })
        case (.bool, "toggle", []):
            return Typed(.void, .value { fp throws(Trap) in
                try path(fp)
                try modify(fp) { (x: inout Value) throws(Trap) in x = .bool(!x.bool) }
                return .void
            })
        case (.int, "negate", []):
            return Typed(.void, .value { fp throws(Trap) in
                try path(fp)
                try modify(fp) { (x: inout Value) throws(Trap) in
                    let (v, overflow) = (0).subtractingReportingOverflow(x.int)
                    if overflow { throw Arithmetic.overflow("-", loc) }
                    x = .int(v)
                }
                return .void
            })
        case (.double, "negate", []):
            return Typed(.void, .value { fp throws(Trap) in
                try path(fp)
                try modify(fp) { (x: inout Value) throws(Trap) in x = .double(-x.double) }
                return .void
            })
        case (.native(let id), _, _):
            if let overloads = library.type(id)?.methods[name] {
                return try callNativeOverloads(overloads, args, receiver: nil, place: p, at: loc, what: "\(id.name).\(name)", kind: .instanceMethod)
            }
        default:
            break
        }
        throw error("no-member", "value of type '\(type)' has no member '\(name)' with these arguments", at: loc)
    }
}
