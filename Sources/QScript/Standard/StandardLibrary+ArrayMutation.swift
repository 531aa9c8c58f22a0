/// `Array`'s mutating rows, and their implementations (on `StandardCall+Mutation`'s helpers).
extension StandardLibrary {
    static let arrayMutations: [StandardMember] = [
        .init(.array, "mutating func append(_: Element)", example: "var a = [1]\na.append(2)\nprint(a)", fast: appendToVariable, append),
        .init(.array, "mutating func append<S>(contentsOf: S)", example: "var a = [1]\na.append(contentsOf: [2, 3])\nprint(a)", appendContents),
        .init(.array, "mutating func insert(_: Element, at: Int)", example: "var a = [1]\na.insert(0, at: 0)\nprint(a)", insert),
        .init(.array, "mutating func remove(at: Int) -> Element", example: "var a = [1, 2]\nprint(a.remove(at: 0))", remove),
        .init(.array, "mutating func removeFirst() -> Element", example: "var a = [1, 2]\nprint(a.removeFirst())", removeEnd(last: false)),
        .init(.array, "mutating func removeLast() -> Element", example: "var a = [1, 2]\nprint(a.removeLast())", removeEnd(last: true)),
        .init(.array, "mutating func removeFirst(_: Int)", example: "var a = [1, 2]\na.removeFirst(1)\nprint(a)", removeEnds(last: false)),
        .init(.array, "mutating func removeLast(_: Int)", example: "var a = [1, 2]\na.removeLast(1)\nprint(a)", removeEnds(last: true)),
        .init(.array, "mutating func popLast() -> Element?", example: "var a = [1]\nprint(a.popLast() as Any)", popLast),
        .init(.array, "mutating func removeAll()", example: "var a = [1]\na.removeAll()\nprint(a)", removeAll),
        .init(.array, "mutating func removeAll(where: (Element) -> Bool)", example: "var a = [1, 2]\na.removeAll { $0 > 1 }\nprint(a)", removeAllWhere),
        .init(.array, "mutating func sort()", example: "var a = [2, 1]\na.sort()\nprint(a)", requires: [.comparable], sort),
        .init(.array, "mutating func sort(by: (Element, Element) -> Bool)", example: "var a = [1, 2]\na.sort(by: >)\nprint(a)", sortBy),
        .init(.array, "mutating func reverse()", example: "var a = [1, 2]\na.reverse()\nprint(a)", reverse),
        .init(.array, "mutating func swapAt(_: Int, _: Int)", example: "var a = [1, 2]\na.swapAt(0, 1)\nprint(a)", swapAt),
    ]

    /// The hot path of `xs.append(x)` on a variable: the array is taken out of the variable's
    /// storage, so its buffer is unique and grows in place.
    private static func appendToVariable(_ c: StandardCall) -> Typed? {
        guard let ptr = c.place?.pointer else { return nil }
        let x = c.argument(0), m = c.m, loc = c.loc, name = c.baseName
        return Typed(.void, .value { fp throws(Trap) in
            let v = try x(fp)
            let slot = ptr(fp)
            guard case .array(var a) = slot.pointee else { throw uninitializedTrap(name, loc) }
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

    private static func append(_ c: StandardCall) -> Typed {
        let m = c.m, loc = c.loc
        return c.onArray(.void, c.argumentValues) { (a, v) throws(Trap) in
            try growthCheck(a.count + 1, MemoryLayout<Value>.stride, m, loc)
            a.append(v[0])
            return .void
        }
    }

    /// `append(contentsOf:)`: any sequence of the array's elements.
    private static func appendContents(_ c: StandardCall) throws(CheckError) -> Typed {
        let s = c.arguments[0]!
        guard s.type.elementType == c.element else {
            throw c.error("type-mismatch", "cannot convert value of type '\(s.type)' to expected argument type '[\(c.element)]'", at: c.written[0]!.value.loc)
        }
        let m = c.m, loc = c.loc
        return c.onArray(.void, [c.checker.sequenceCode(s, at: loc)]) { (a, v) throws(Trap) in
            let more = v[0].array
            try growthCheck(a.count + more.count, MemoryLayout<Value>.stride, m, loc)
            a.append(contentsOf: more)
            return .void
        }
    }

    private static func insert(_ c: StandardCall) -> Typed {
        let m = c.m, loc = c.loc
        return c.onArray(.void, c.argumentValues) { (a, args) throws(Trap) in
            let v = args[0], k = args[1].int
            guard k >= 0 && k <= a.count else { throw Trap(id: "index-out-of-range", message: "Array index is out of range", loc: loc) }
            try growthCheck(a.count + 1, MemoryLayout<Value>.stride, m, loc)
            a.insert(v, at: k)
            return .void
        }
    }

    private static func remove(_ c: StandardCall) -> Typed {
        let loc = c.loc
        return c.onArray(c.element, c.argumentValues) { (a, args) throws(Trap) in
            let k = args[0].int
            guard k >= 0 && k < a.count else { throw indexOutOfRangeTrap(loc, k, a.count) }
            return a.remove(at: k)
        }
    }

    /// `removeFirst()`, `removeLast()`: the element, trapping on an empty array.
    private static func removeEnd(last: Bool) -> StandardMember.Compile {
        { c in
            let loc = c.loc
            return c.onArray(c.element) { (a, _) throws(Trap) in
                guard !a.isEmpty else {
                    throw Trap(id: "empty-collection", message: "Can't remove \(last ? "last" : "first") element from an empty collection", loc: loc)
                }
                return last ? a.removeLast() : a.removeFirst()
            }
        }
    }

    /// `removeFirst(_:)`, `removeLast(_:)`.
    private static func removeEnds(last: Bool) -> StandardMember.Compile {
        { c in
            let loc = c.loc
            return c.onArray(.void, c.argumentValues) { (a, args) throws(Trap) in
                let k = args[0].int
                guard k >= 0, k <= a.count else {
                    throw Trap(id: "empty-collection", message: "Can't remove more items from a collection than it contains", loc: loc)
                }
                if last { a.removeLast(k) } else { a.removeFirst(k) }
                return .void
            }
        }
    }

    private static func popLast(_ c: StandardCall) -> Typed {
        c.onArray(.optional(c.element)) { (a, _) throws(Trap) in a.popLast() ?? .none }
    }

    private static func removeAll(_ c: StandardCall) -> Typed {
        c.onArray(.void) { (a, _) throws(Trap) in
            a.removeAll()
            return .void
        }
    }

    private static func removeAllWhere(_ c: StandardCall) -> Typed {
        let m = c.m, loc = c.loc
        return c.onArray(.void, c.argumentValues) { (a, args) throws(Trap) in
            let fn = args[0].function
            var kept: [Value] = []
            for x in a {
                if !(try Invoke.call1(fn, x, m, loc).bool) { kept.append(x) }
            }
            a = kept
            return .void
        }
    }

    private static func sort(_ c: StandardCall) -> Typed {
        let less = Equality.less(c.element)
        return c.onArray(.void) { (a, _) throws(Trap) in
            a.sort(by: less)
            return .void
        }
    }

    private static func sortBy(_ c: StandardCall) -> Typed {
        let m = c.m, loc = c.loc
        return c.onArray(.void, c.argumentValues) { (a, args) throws(Trap) in
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
    }

    private static func reverse(_ c: StandardCall) -> Typed {
        c.onArray(.void) { (a, _) throws(Trap) in
            a.reverse()
            return .void
        }
    }

    private static func swapAt(_ c: StandardCall) -> Typed {
        let loc = c.loc
        return c.onArray(.void, c.argumentValues) { (a, args) throws(Trap) in
            let x = args[0].int, y = args[1].int
            guard x >= 0, x < a.count, y >= 0, y < a.count else { throw indexOutOfRangeTrap(loc, x < 0 || x >= a.count ? x : y, a.count) }
            a.swapAt(x, y)
            return .void
        }
    }
}
