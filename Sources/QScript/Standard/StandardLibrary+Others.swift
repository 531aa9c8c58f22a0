/// The rows of `Bool`, `Character`, `Range` and `Optional`, and their implementations.
extension StandardLibrary {

    static let others: [StandardMember] = [
        .init(.bool, "var description: String { get }", example: "print(true.description)", boolDescription),
        .init(.bool, "static func random<G>(using: inout G) -> Bool", example: "var g = SeededGenerator(seed: 1)\nlet b = Bool.random(using: &g)\nprint(b || !b)", special: staticRandom),
        .init(.bool, "mutating func toggle()", example: "var b = true\nb.toggle()\nprint(b)", toggle),
        .init(.character, "var isLetter: Bool { get }", example: "print(Character(\"a\").isLetter)", characterTest(\.isLetter)),
        .init(.character, "var isNumber: Bool { get }", example: "print(Character(\"1\").isNumber)", characterTest(\.isNumber)),
        .init(.character, "var isWhitespace: Bool { get }", example: "print(Character(\" \").isWhitespace)", characterTest(\.isWhitespace)),
        .init(.character, "var isUppercase: Bool { get }", example: "print(Character(\"A\").isUppercase)", characterTest(\.isUppercase)),
        .init(.character, "var isLowercase: Bool { get }", example: "print(Character(\"a\").isLowercase)", characterTest(\.isLowercase)),
        .init(.character, "var isPunctuation: Bool { get }", example: "print(Character(\"!\").isPunctuation)", characterTest(\.isPunctuation)),
        .init(.character, "var isWholeNumber: Bool { get }", example: "print(Character(\"7\").isWholeNumber)", characterTest(\.isWholeNumber)),
        .init(.character, "var isHexDigit: Bool { get }", example: "print(Character(\"f\").isHexDigit)", characterTest(\.isHexDigit)),
        .init(.character, "var isASCII: Bool { get }", example: "print(Character(\"é\").isASCII)", characterTest(\.isASCII)),
        .init(.character, "var wholeNumberValue: Int? { get }", example: "print(Character(\"7\").wholeNumberValue as Any)", wholeNumberValue),
        .init(.character, "var description: String { get }", example: "print(Character(\"x\").description)", characterMap { String($0) }),
        .init(.character, "func uppercased() -> String", example: "print(Character(\"x\").uppercased())", characterMap { $0.uppercased() }),
        .init(.character, "func lowercased() -> String", example: "print(Character(\"X\").lowercased())", characterMap { $0.lowercased() }),
        .init(.range, "var count: Int { get }", example: "print((0..<5).count)", rangeProperty { $0.count }),
        .init(.range, "var isEmpty: Bool { get }", example: "print((3..<3).isEmpty)", rangeIsEmpty),
        .init(.range, "var lowerBound: Int { get }", example: "print((2...5).lowerBound)", rangeProperty { $0.lower }),
        .init(.range, "var upperBound: Int { get }", example: "print((2...5).upperBound)", rangeProperty { $0.upper }),
        .init(.range, "func contains(_: Int) -> Bool", example: "print((0..<5).contains(4))", rangeContains),
        .init(.optional, "func map<U>(_: (Wrapped) -> U) -> U?", example: "let x: Int? = 2\nprint(x.map { $0 * 2 } as Any)", optionalMap),
        .init(.optional, "func flatMap<U>(_: (Wrapped) -> U?) -> U?", example: "let x: String? = \"4\"\nprint(x.flatMap { Int($0) } as Any)", optionalFlatMap),
    ]

    private static func boolDescription(_ c: StandardCall) -> Typed {
        let g = c.receiver.code.bool
        return Typed(.string, .value { fp throws(Trap) in .string(String(try g(fp))) })
    }

    private static func characterTest(_ test: @escaping @Sendable (Character) -> Bool) -> StandardMember.Compile {
        { c in
            let f = c.value
            return Typed(.bool, .bool { fp throws(Trap) in test(try f(fp).character) })
        }
    }

    private static func wholeNumberValue(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.optional(.int), .value { fp throws(Trap) in try f(fp).character.wholeNumberValue.map { .int($0) } ?? .none })
    }

    private static func rangeProperty(_ get: @escaping @Sendable (RangeValue) -> Int) -> StandardMember.Compile {
        { c in
            let f = c.value
            return Typed(.int, .int { fp throws(Trap) in get(try f(fp).rangeValue) })
        }
    }

    private static func rangeIsEmpty(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.bool, .bool { fp throws(Trap) in try f(fp).rangeValue.count == 0 })
    }

    private static func characterMap(_ body: @escaping @Sendable (Character) -> String) -> StandardMember.Compile {
        { c in
            let f = c.value
            return Typed(.string, .value { fp throws(Trap) in .string(body(try f(fp).character)) })
        }
    }

    /// `Range.contains(_:)`: a test of the bounds (`Sequence.contains` would walk the range).
    private static func rangeContains(_ c: StandardCall) -> Typed {
        let f = c.value, x = c.arguments[0]!.code.int
        return Typed(.bool, .bool { fp throws(Trap) in
            let r = try f(fp).rangeValue
            let v = try x(fp)
            return v >= r.lower && (r.closed ? v <= r.upper : v < r.upper)
        })
    }

    /// `x.map { }` on an optional: nil stays nil (the closure does not run).
    private static func optionalMap(_ c: StandardCall) throws(CheckError) -> Typed {
        let r = c.types["U"]!
        if r.optionalWrapped != nil {
            throw c.checker.unsupported("nested optionals ('map' with a closure returning an optional; use 'flatMap')", at: c.loc)
        }
        return optionalApply(c, .optional(r))
    }

    /// `flatMap`'s closure returns an optional, which is the result.
    private static func optionalFlatMap(_ c: StandardCall) throws(CheckError) -> Typed {
        guard case .function(_, let r) = c.arguments[0]!.type, r.optionalWrapped != nil else {
            let r = c.types["U"]!
            throw c.error("type-mismatch", "cannot convert value of type '\(r)' to closure result type '\(r)?'", at: c.written[0]!.value.loc)
        }
        return optionalApply(c, r)
    }

    private static func optionalApply(_ c: StandardCall, _ resultType: QType) -> Typed {
        let f = c.value, g = c.argument(0), m = c.m, loc = c.loc
        return Typed(resultType, .value { fp throws(Trap) in
            let v = try f(fp)
            if case .none = v { return .none }
            return try Invoke.call1(try g(fp).function, v, m, loc)
        })
    }

    private static func toggle(_ c: StandardCall) -> Typed {
        c.modifying(.void) { (x, _) throws(Trap) in
            x = .bool(!x.bool)
            return .void
        }
    }
}
