/// The rows of `Bool`, `Character`, `Range` and `Optional`, and their implementations.
extension StandardLibrary {
    static let characterProperty = "Checker.characterProperty (Checker+Members.swift)"

    static let others: [StandardMember] = [
        .init(.bool, "var description: String { get }", checker: property, example: "print(true.description)"),
        .init(.bool, "static func random<G>(using: inout G) -> Bool", checker: staticRandom, example: "var g = SeededGenerator(seed: 1)\nlet b = Bool.random(using: &g)\nprint(b || !b)"),
        .init(.bool, "mutating func toggle()", example: "var b = true\nb.toggle()\nprint(b)", toggle),
        .init(.character, "var isLetter: Bool { get }", checker: characterProperty, example: "print(Character(\"a\").isLetter)"),
        .init(.character, "var isNumber: Bool { get }", checker: characterProperty, example: "print(Character(\"1\").isNumber)"),
        .init(.character, "var isWhitespace: Bool { get }", checker: characterProperty, example: "print(Character(\" \").isWhitespace)"),
        .init(.character, "var isUppercase: Bool { get }", checker: characterProperty, example: "print(Character(\"A\").isUppercase)"),
        .init(.character, "var isLowercase: Bool { get }", checker: characterProperty, example: "print(Character(\"a\").isLowercase)"),
        .init(.character, "var isPunctuation: Bool { get }", checker: characterProperty, example: "print(Character(\"!\").isPunctuation)"),
        .init(.character, "var isWholeNumber: Bool { get }", checker: characterProperty, example: "print(Character(\"7\").isWholeNumber)"),
        .init(.character, "var isHexDigit: Bool { get }", checker: characterProperty, example: "print(Character(\"f\").isHexDigit)"),
        .init(.character, "var isASCII: Bool { get }", checker: characterProperty, example: "print(Character(\"é\").isASCII)"),
        .init(.character, "var wholeNumberValue: Int? { get }", checker: characterProperty, example: "print(Character(\"7\").wholeNumberValue as Any)"),
        .init(.character, "var description: String { get }", checker: characterProperty, example: "print(Character(\"x\").description)"),
        .init(.character, "func uppercased() -> String", example: "print(Character(\"x\").uppercased())", characterMap { $0.uppercased() }),
        .init(.character, "func lowercased() -> String", example: "print(Character(\"X\").lowercased())", characterMap { $0.lowercased() }),
        .init(.range, "var count: Int { get }", checker: property, example: "print((0..<5).count)"),
        .init(.range, "var isEmpty: Bool { get }", checker: property, example: "print((3..<3).isEmpty)"),
        .init(.range, "var lowerBound: Int { get }", checker: property, example: "print((2...5).lowerBound)"),
        .init(.range, "var upperBound: Int { get }", checker: property, example: "print((2...5).upperBound)"),
        .init(.range, "func contains(_: Int) -> Bool", example: "print((0..<5).contains(4))", rangeContains),
        .init(.optional, "func map<U>(_: (Wrapped) -> U) -> U?", example: "let x: Int? = 2\nprint(x.map { $0 * 2 } as Any)", optionalMap),
        .init(.optional, "func flatMap<U>(_: (Wrapped) -> U?) -> U?", example: "let x: String? = \"4\"\nprint(x.flatMap { Int($0) } as Any)", optionalFlatMap),
    ]

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
