/// `Dictionary`'s rows, and their implementations. A dictionary is also a sequence of
/// `(key:value:)` pairs: the `Array` rows apply to it too (`Checker.standardReceivers`), after these.
extension StandardLibrary {
    static let dictionaries: [StandardMember] = [
        .init(.dictionary, "var count: Int { get }", example: "print([\"a\": 1].count)", count),
        .init(.dictionary, "var isEmpty: Bool { get }", example: "print([String: Int]().isEmpty)", isEmpty),
        .init(.dictionary, "var first: (key: Key, value: Value)? { get }", example: "print([\"a\": 1].first as Any)", first),
        .init(.dictionary, "var keys: Dictionary<Key, Value>.Keys { get }", example: "print([\"a\": 1].keys)", keys),
        .init(.dictionary, "var values: Dictionary<Key, Value>.Values { get }", example: "print([\"a\": 1].values)", values),
        .init(.dictionary, "func mapValues<T>(_: (Value) -> T) -> [Key: T]", example: "print([\"a\": 1].mapValues { $0 * 2 })", mapValues),
        .init(.dictionary, "func filter(_: ((key: Key, value: Value)) -> Bool) -> [Key: Value]", example: "print([\"a\": 1].filter { $0.value > 0 })", filterEntries),
        .init(.dictionary, "mutating func removeValue(forKey: Key) -> Value?", example: "var d = [\"a\": 1]\nprint(d.removeValue(forKey: \"a\") as Any)", removeValue),
        .init(.dictionary, "mutating func updateValue(_: Value, forKey: Key) -> Value?", example: "var d = [\"a\": 1]\nprint(d.updateValue(2, forKey: \"a\") as Any)", updateValue),
        .init(.dictionary, "mutating func removeAll()", example: "var d = [\"a\": 1]\nd.removeAll()\nprint(d.count)", removeAllEntries),
    ]

    /// The properties of a dictionary's keys and values and of the other views a cell keeps.
    static let views: [StandardMember] = [
        .init(.view, "var count: Int { get }", example: "print([\"a\": 1].keys.count)", viewCount),
        .init(.view, "var isEmpty: Bool { get }", example: "print([\"a\": 1].values.isEmpty, [1].reversed().isEmpty)", viewIsEmpty),
    ]

    // MARK: - Properties

    private static func count(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.int, .int { fp throws(Trap) in try f(fp).dictionary.count })
    }

    private static func isEmpty(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.bool, .bool { fp throws(Trap) in try f(fp).dictionary.count == 0 })
    }

    /// The first entry in iteration order (insertion order here; see `DictionaryValue`).
    private static func first(_ c: StandardCall) -> Typed {
        let f = c.value
        let t = QType.optional(.tuple([.init(label: "key", type: c.types["Key"]!), .init(label: "value", type: c.types["Value"]!)]))
        return Typed(t, .value { fp throws(Trap) in
            let x = try f(fp).dictionary
            return x.count == 0 ? .none : .tuple([x.keys[0], x.values[0]])
        })
    }

    private static func keys(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.sequence(.keys, c.types["Key"]!), .value { fp throws(Trap) in .array(try f(fp).dictionary.keys) })
    }

    private static func values(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.sequence(.values, c.types["Value"]!), .value { fp throws(Trap) in .array(try f(fp).dictionary.values) })
    }

    /// A view's elements: a sequence's value is their array; a reversed view's, its elements and its base.
    private static func viewElements(_ c: StandardCall) -> (Frame) throws(Trap) -> [Value] {
        let f = c.value
        if case .wrapper = c.original.type { return { fp throws(Trap) in try f(fp).tuple[0].array } }
        return { fp throws(Trap) in try f(fp).array }
    }

    private static func viewCount(_ c: StandardCall) -> Typed {
        let elements = viewElements(c)
        return Typed(.int, .int { fp throws(Trap) in try elements(fp).count })
    }

    private static func viewIsEmpty(_ c: StandardCall) -> Typed {
        let elements = viewElements(c)
        return Typed(.bool, .bool { fp throws(Trap) in try elements(fp).isEmpty })
    }

    // MARK: - Methods

    private static func mapValues(_ c: StandardCall) -> Typed {
        let f = c.value, g = c.argument(0), m = c.m, loc = c.loc
        return Typed(.dictionary(c.types["Key"]!, c.types["T"]!), .value { fp throws(Trap) in
            let d = try f(fp).dictionary
            let fn = try g(fp).function
            var out = DictionaryValue()
            for i in 0..<d.count { out.set(d.keys[i], try Invoke.call1(fn, d.values[i], m, loc)) }
            return .dictionary(out)
        })
    }

    /// `filter` of a dictionary is a dictionary (Swift's more specific overload, over `Sequence`'s).
    private static func filterEntries(_ c: StandardCall) -> Typed {
        let f = c.value, g = c.argument(0), m = c.m, loc = c.loc
        return Typed(c.original.type, .value { fp throws(Trap) in
            let d = try f(fp).dictionary
            let fn = try g(fp).function
            var out = DictionaryValue()
            for i in 0..<d.count {
                if try Invoke.call1(fn, .tuple([d.keys[i], d.values[i]]), m, loc).bool { out.set(d.keys[i], d.values[i]) }
            }
            return .dictionary(out)
        })
    }

    // MARK: - Mutating

    /// `removeValue(forKey:)`: the value removed, or nil.
    private static func removeValue(_ c: StandardCall) -> Typed {
        c.onDictionary(.optional(c.types["Value"]!), c.argumentValues) { (d, args) throws(Trap) in
            let old = d[args[0]] ?? .none
            d.remove(args[0])
            return old
        }
    }

    /// `updateValue(_:forKey:)`: the value replaced, or nil. The new value is evaluated first.
    private static func updateValue(_ c: StandardCall) -> Typed {
        c.onDictionary(.optional(c.types["Value"]!), c.argumentValues) { (d, args) throws(Trap) in
            let old = d[args[1]] ?? .none
            d.set(args[1], args[0])
            return old
        }
    }

    private static func removeAllEntries(_ c: StandardCall) -> Typed {
        c.modifying(.void) { (d, _) throws(Trap) in
            d = .dictionary(DictionaryValue())
            return .void
        }
    }
}
