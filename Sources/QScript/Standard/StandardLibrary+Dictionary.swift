/// `Dictionary`'s rows, and their implementations. A dictionary is also a sequence of
/// `(key:value:)` pairs: the `Array` rows apply to it too (`Checker.standardReceivers`), after these.
extension StandardLibrary {
    static let dictionaries: [StandardMember] = [
        .init(.dictionary, "var count: Int { get }", checker: property, example: "print([\"a\": 1].count)"),
        .init(.dictionary, "var isEmpty: Bool { get }", checker: property, example: "print([String: Int]().isEmpty)"),
        .init(.dictionary, "var first: (key: Key, value: Value)? { get }", checker: property, example: "print([\"a\": 1].first as Any)"),
        .init(.dictionary, "var keys: Dictionary<Key, Value>.Keys { get }", checker: property, example: "print([\"a\": 1].keys)"),
        .init(.dictionary, "var values: Dictionary<Key, Value>.Values { get }", checker: property, example: "print([\"a\": 1].values)"),
        .init(.dictionary, "func mapValues<T>(_: (Value) -> T) -> [Key: T]", example: "print([\"a\": 1].mapValues { $0 * 2 })", mapValues),
        .init(.dictionary, "func filter(_: ((key: Key, value: Value)) -> Bool) -> [Key: Value]", example: "print([\"a\": 1].filter { $0.value > 0 })", filterEntries),
        .init(.dictionary, "mutating func removeValue(forKey: Key) -> Value?", example: "var d = [\"a\": 1]\nprint(d.removeValue(forKey: \"a\") as Any)", removeValue),
        .init(.dictionary, "mutating func updateValue(_: Value, forKey: Key) -> Value?", example: "var d = [\"a\": 1]\nprint(d.updateValue(2, forKey: \"a\") as Any)", updateValue),
        .init(.dictionary, "mutating func removeAll()", example: "var d = [\"a\": 1]\nd.removeAll()\nprint(d.count)", removeAllEntries),
    ]

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
