import Foundation

/// `String`'s rows, and their implementations. A string is also a sequence of characters: the
/// `Array` rows apply to it too (`Checker.standardReceivers`), after these.
extension StandardLibrary {
    static let strings: [StandardMember] = [
        .init(.string, "var count: Int { get }", example: "print(\"abc\".count)", count),
        .init(.string, "var isEmpty: Bool { get }", example: "print(\"\".isEmpty)", isEmpty),
        .init(.string, "var first: Character? { get }", example: "print(\"ab\".first as Any)", end(last: false)),
        .init(.string, "var last: Character? { get }", example: "print(\"ab\".last as Any)", end(last: true)),
        .init(.string, "var description: String { get }", example: "print(\"ab\".description)", description),
        .init(.string, "func uppercased() -> String", example: "print(\"ab\".uppercased())", stringMap { $0.uppercased() }),
        .init(.string, "func lowercased() -> String", example: "print(\"AB\".lowercased())", stringMap { $0.lowercased() }),
        .init(.string, "func hasPrefix(_: String) -> Bool", example: "print(\"abc\".hasPrefix(\"ab\"))", stringTest { $0.hasPrefix($1) }),
        .init(.string, "func hasSuffix(_: String) -> Bool", example: "print(\"abc\".hasSuffix(\"bc\"))", stringTest { $0.hasSuffix($1) }),
        // Swift's own `contains` (not Foundation's) finds the empty string in every string.
        .init(.string, "func contains(_: String) -> Bool", example: "print(\"abc\".contains(\"bc\"))", stringTest { $1.isEmpty || $0.contains($1) }),
        .init(.string, "func split(separator: Character, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]",
              example: "print(\"a,b,,c\".split(separator: \",\", maxSplits: 1, omittingEmptySubsequences: false))", split),
        .init(.string, "func components(separatedBy: String) -> [String]", example: "import Foundation\nprint(\"a-b\".components(separatedBy: \"-\"))",
              foundation: true, components),
        .init(.string, "func replacingOccurrences(of: String, with: String) -> String",
              example: "import Foundation\nprint(\"a-b\".replacingOccurrences(of: \"-\", with: \"+\"))", foundation: true, replacingOccurrences),
        .init(.string, "func trimmingCharacters(in: CharacterSet) -> String", example: "import Foundation\nprint(\" a \".trimmingCharacters(in: .whitespaces))",
              foundation: true, special: trimmingCharacters),
        .init(.string, "func split(separator: String, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]",
              example: "print(\"a--b\".split(separator: \"--\"))", split),
        .init(.string, "mutating func append(_: String)", example: "var s = \"a\"\ns.append(\"b\")\nprint(s)", append),
        .init(.string, "mutating func append(contentsOf: String)", example: "var s = \"a\"\ns.append(contentsOf: \"bc\")\nprint(s)", append),
        .init(.string, "mutating func removeFirst() -> Character", example: "var s = \"ab\"\nprint(s.removeFirst())", removeEnd(last: false)),
        .init(.string, "mutating func removeLast() -> Character", example: "var s = \"ab\"\nprint(s.removeLast())", removeEnd(last: true)),
        .init(.string, "mutating func removeAll()", example: "var s = \"ab\"\ns.removeAll()\nprint(s.isEmpty)", removeAll),
        .init(.string, "mutating func append(_: Character)", example: "var s = \"a\"\nlet c: Character = \"b\"\ns.append(c)\nprint(s)", append),
        .init(.string, "mutating func append(contentsOf: Substring)", example: "var s = \"a\"\ns.append(contentsOf: \"xbc\".dropFirst())\nprint(s)", append),
    ]

    // MARK: - Properties (of a substring too)

    private static func count(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.int, .int { fp throws(Trap) in try f(fp).string.count })
    }

    private static func isEmpty(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.bool, .bool { fp throws(Trap) in try f(fp).string.isEmpty })
    }

    private static func end(last: Bool) -> StandardMember.Compile {
        { c in
            let f = c.value
            return Typed(.optional(.character), .value { fp throws(Trap) in
                let s = try f(fp).string
                return (last ? s.last : s.first).map { .character($0) } ?? .none
            })
        }
    }

    /// A string's description is the string; a substring's, the string it holds.
    private static func description(_ c: StandardCall) -> Typed {
        Typed(.string, c.receiver.code)
    }

    // MARK: - Methods

    private static func stringMap(_ body: @escaping @Sendable (String) -> String) -> StandardMember.Compile {
        { c in
            let f = c.value
            return Typed(.string, .value { fp throws(Trap) in .string(body(try f(fp).string)) })
        }
    }

    private static func stringTest(_ body: @escaping @Sendable (String, String) -> Bool) -> StandardMember.Compile {
        { c in
            let f = c.value, x = c.argument(0)
            return Typed(.bool, .bool { fp throws(Trap) in body(try f(fp).string, try x(fp).string) })
        }
    }

    /// `split(separator:maxSplits:omittingEmptySubsequences:)` by a character or by a string.
    private static func split(_ c: StandardCall) -> Typed {
        let f = c.value, x = c.argument(0), loc = c.loc
        let byCharacter = c.arguments[0]!.type == .character
        let maxSplits = c.arguments[1]?.code.int, omitting = c.arguments[2]?.code.bool
        /// The optional arguments, as Swift's defaults fill them in.
        func options(_ fp: Frame) throws(Trap) -> (Int, Bool) {
            let n = try maxSplits?(fp) ?? Int.max
            if n < 0 { throw Trap(id: "precondition", message: "Must take zero or more splits", loc: loc) }
            return (n, try omitting?(fp) ?? true)
        }
        return Typed(.array(.sequence(.substring, .character)), .value { fp throws(Trap) in
            let s = try f(fp).string, sep = try x(fp)
            let (n, omit) = try options(fp)
            let parts = byCharacter ? s.split(separator: sep.character, maxSplits: n, omittingEmptySubsequences: omit)
                                    : s.split(separator: sep.string, maxSplits: n, omittingEmptySubsequences: omit)
            return .array(parts.map { .string(String($0)) })
        })
    }

    private static func components(_ c: StandardCall) throws(CheckError) -> Typed {
        try c.checker.requireFoundation("components", at: c.loc, message: "value of type 'String' has no member 'components'")
        let f = c.value, x = c.argument(0)
        return Typed(.array(.string), .value { fp throws(Trap) in
            .array(try f(fp).string.components(separatedBy: try x(fp).string).map { .string($0) })
        })
    }

    private static func replacingOccurrences(_ c: StandardCall) throws(CheckError) -> Typed {
        try c.checker.requireFoundation("replacingOccurrences", at: c.loc, message: "value of type 'String' has no member 'replacingOccurrences'")
        let f = c.value, x = c.argument(0), y = c.argument(1)
        return Typed(.string, .value { fp throws(Trap) in
            .string(try f(fp).string.replacingOccurrences(of: try x(fp).string, with: try y(fp).string))
        })
    }

    /// `trimmingCharacters(in:)`, a special form: the two character sets written as implicit members.
    private static func trimmingCharacters(_ c: StandardCall) throws(CheckError) -> Typed {
        try c.checker.requireFoundation("trimmingCharacters", at: c.loc, message: "value of type 'String' has no member 'trimmingCharacters'")
        let a = c.written[0]!
        guard case .implicitMember(let set) = a.value.kind, set == "whitespaces" || set == "whitespacesAndNewlines" else {
            throw c.checker.unsupported("character sets other than '.whitespaces' and '.whitespacesAndNewlines'", at: a.loc)
        }
        let cs: CharacterSet = set == "whitespaces" ? .whitespaces : .whitespacesAndNewlines
        let f = c.value
        return Typed(.string, .value { fp throws(Trap) in .string(try f(fp).string.trimmingCharacters(in: cs)) })
    }

    // MARK: - Mutating

    /// `append(_:)` and `append(contentsOf:)` of a string, a substring or a character.
    private static func append(_ c: StandardCall) -> Typed {
        let m = c.m, loc = c.loc
        return c.onString(.void, c.argumentValues) { (str, v) throws(Trap) in
            try growthCheck(str.utf8.count + 4, 1, m, loc)
            if case .character(let ch) = v[0] { str.append(ch) } else { str += v[0].string }
            return .void
        }
    }

    /// `removeFirst()`, `removeLast()`: the character, trapping on an empty string.
    private static func removeEnd(last: Bool) -> StandardMember.Compile {
        { c in
            let loc = c.loc
            return c.onString(.character) { (str, _) throws(Trap) in
                guard !str.isEmpty else {
                    throw Trap(id: "empty-collection", message: "Can't remove \(last ? "last" : "first") element from an empty collection", loc: loc)
                }
                return .character(last ? str.removeLast() : str.removeFirst())
            }
        }
    }

    private static func removeAll(_ c: StandardCall) -> Typed {
        c.modifying(.void) { (s, _) throws(Trap) in
            s = .string("")
            return .void
        }
    }
}
