/// The standard library's members that cells may use, in one table: what the checker accepts
/// by name. The name lists the checker consults (which methods mutate their receiver, which
/// names are methods, which statics a number type has) are derived from it, so they cannot
/// disagree with each other; `StandardLibraryTests` runs every row's example, so every row is
/// implemented. Global functions (`print`, `min`, `zip`, `stride`, ...) are in
/// `Checker+Builtins.swift`.
enum StandardLibrary {
    static let members: [StandardMember] = arrays + strings + dictionaries + numbers + others

    static let arrays: [StandardMember] = [
        .init(.array, "var count: Int { get }", .property, example: "print([1, 2].count)"),
        .init(.array, "var isEmpty: Bool { get }", .property, example: "print([Int]().isEmpty)"),
        .init(.array, "var first: Element? { get }", .property, example: "print([1, 2].first as Any)"),
        .init(.array, "var last: Element? { get }", .property, example: "print([1, 2].last as Any)"),
        .init(.array, "var indices: Range<Int> { get }", .property, example: "print([1, 2].indices)"),
        .init(.array, "func contains(_: Element) -> Bool", .arrayMethod, example: "print([1, 2].contains(2))"),
        .init(.array, "func contains(where: (Element) -> Bool) -> Bool", .arrayMethod, example: "print([1, 2].contains { $0 > 1 })"),
        .init(.array, "func allSatisfy(_: (Element) -> Bool) -> Bool", .arrayMethod, example: "print([1, 2].allSatisfy { $0 > 0 })"),
        .init(.array, "func first(where: (Element) -> Bool) -> Element?", .arrayMethod, example: "print([1, 2].first { $0 > 1 } as Any)"),
        .init(.array, "func last(where: (Element) -> Bool) -> Element?", .arrayMethod, example: "print([1, 2].last { $0 < 2 } as Any)"),
        .init(.array, "func firstIndex(of: Element) -> Int?", .arrayMethod, example: "print([1, 2].firstIndex(of: 2) as Any)"),
        .init(.array, "func lastIndex(of: Element) -> Int?", .arrayMethod, example: "print([2, 2].lastIndex(of: 2) as Any)"),
        .init(.array, "func firstIndex(where: (Element) -> Bool) -> Int?", .arrayMethod, example: "print([1, 2].firstIndex { $0 > 1 } as Any)"),
        .init(.array, "func lastIndex(where: (Element) -> Bool) -> Int?", .arrayMethod, example: "print([1, 2].lastIndex { $0 > 0 } as Any)"),
        .init(.array, "func filter(_: (Element) -> Bool) -> [Element]", .arrayMethod, example: "print([1, 2, 3].filter { $0 != 2 })"),
        .init(.array, "func count(where: (Element) -> Bool) -> Int", .arrayMethod, example: "print([1, 2, 3].count { $0 > 1 })"),
        .init(.array, "func map<T>(_: (Element) -> T) -> [T]", .arrayMethod, example: "print([1, 2].map { $0 * 2 })"),
        .init(.array, "func compactMap<T>(_: (Element) -> T?) -> [T]", .arrayMethod, example: "print([\"1\", \"x\"].compactMap { Int($0) })"),
        .init(.array, "func flatMap<S>(_: (Element) -> S) -> [S.Element]", .arrayMethod, example: "print([1, 2].flatMap { [$0, $0] })"),
        .init(.array, "func forEach(_: (Element) -> Void)", .arrayMethod, example: "[1, 2].forEach { print($0) }"),
        .init(.array, "func reduce<R>(_: R, _: (R, Element) -> R) -> R", .arrayMethod, example: "print([1, 2, 3].reduce(0, +))"),
        .init(.array, "func reduce<R>(into: R, _: (inout R, Element) -> Void) -> R", .arrayMethod, example: "print([1, 2].reduce(into: [Int]()) { $0.append($1) })"),
        .init(.array, "func sorted() -> [Element]", .arrayMethod, example: "print([3, 1, 2].sorted())"),
        .init(.array, "func sorted(by: (Element, Element) -> Bool) -> [Element]", .arrayMethod, example: "print([3, 1, 2].sorted(by: >))"),
        .init(.array, "func min() -> Element?", .arrayMethod, example: "print([3, 1].min() as Any)"),
        .init(.array, "func max() -> Element?", .arrayMethod, example: "print([3, 1].max() as Any)"),
        .init(.array, "func min(by: (Element, Element) -> Bool) -> Element?", .arrayMethod, example: "print([3, 1].min { $0 > $1 } as Any)"),
        .init(.array, "func max(by: (Element, Element) -> Bool) -> Element?", .arrayMethod, example: "print([3, 1].max { $0 > $1 } as Any)"),
        .init(.array, "func reversed() -> ReversedCollection<Self>", .arrayMethod, example: "print(Array([1, 2].reversed()))"),
        .init(.array, "func enumerated() -> EnumeratedSequence<Self>", .arrayMethod, example: "for (i, x) in [5, 6].enumerated() { print(i, x) }"),
        .init(.array, "func joined() -> String", .arrayMethod, example: "print([\"a\", \"b\"].joined())"),
        .init(.array, "func joined(separator: String) -> String", .arrayMethod, example: "print([\"a\", \"b\"].joined(separator: \"-\"))"),
        .init(.array, "func prefix(_: Int) -> ArraySlice<Element>", .arrayMethod, example: "print([1, 2, 3].prefix(2))"),
        .init(.array, "func suffix(_: Int) -> ArraySlice<Element>", .arrayMethod, example: "print([1, 2, 3].suffix(2))"),
        .init(.array, "func dropFirst(_: Int = 1) -> ArraySlice<Element>", .arrayMethod, example: "print([1, 2, 3].dropFirst())"),
        .init(.array, "func dropLast(_: Int = 1) -> ArraySlice<Element>", .arrayMethod, example: "print([1, 2, 3].dropLast(2))"),
        .init(.array, "func shuffled<G>(using: inout G) -> [Element]", .random, example: "var g = SeededGenerator(seed: 1)\nprint([1, 2, 3].shuffled(using: &g).count)"),
        .init(.array, "func randomElement<G>(using: inout G) -> Element?", .random, example: "var g = SeededGenerator(seed: 1)\nprint([1, 2].randomElement(using: &g) != nil)"),
        .init(.array, "mutating func append(_: Element)", .mutatingMethod, example: "var a = [1]\na.append(2)\nprint(a)"),
        .init(.array, "mutating func append(contentsOf: [Element])", .mutatingMethod, example: "var a = [1]\na.append(contentsOf: [2, 3])\nprint(a)"),
        .init(.array, "mutating func insert(_: Element, at: Int)", .mutatingMethod, example: "var a = [1]\na.insert(0, at: 0)\nprint(a)"),
        .init(.array, "mutating func remove(at: Int) -> Element", .mutatingMethod, example: "var a = [1, 2]\nprint(a.remove(at: 0))"),
        .init(.array, "mutating func removeFirst() -> Element", .mutatingMethod, example: "var a = [1, 2]\nprint(a.removeFirst())"),
        .init(.array, "mutating func removeLast() -> Element", .mutatingMethod, example: "var a = [1, 2]\nprint(a.removeLast())"),
        .init(.array, "mutating func removeFirst(_: Int)", .mutatingMethod, example: "var a = [1, 2]\na.removeFirst(1)\nprint(a)"),
        .init(.array, "mutating func removeLast(_: Int)", .mutatingMethod, example: "var a = [1, 2]\na.removeLast(1)\nprint(a)"),
        .init(.array, "mutating func popLast() -> Element?", .mutatingMethod, example: "var a = [1]\nprint(a.popLast() as Any)"),
        .init(.array, "mutating func removeAll()", .mutatingMethod, example: "var a = [1]\na.removeAll()\nprint(a)"),
        .init(.array, "mutating func removeAll(where: (Element) -> Bool)", .mutatingMethod, example: "var a = [1, 2]\na.removeAll { $0 > 1 }\nprint(a)"),
        .init(.array, "mutating func sort()", .mutatingMethod, example: "var a = [2, 1]\na.sort()\nprint(a)"),
        .init(.array, "mutating func sort(by: (Element, Element) -> Bool)", .mutatingMethod, example: "var a = [1, 2]\na.sort(by: >)\nprint(a)"),
        .init(.array, "mutating func reverse()", .mutatingMethod, example: "var a = [1, 2]\na.reverse()\nprint(a)"),
        .init(.array, "mutating func swapAt(_: Int, _: Int)", .mutatingMethod, example: "var a = [1, 2]\na.swapAt(0, 1)\nprint(a)"),
    ]

    static let strings: [StandardMember] = [
        .init(.string, "var count: Int { get }", .property, example: "print(\"abc\".count)"),
        .init(.string, "var isEmpty: Bool { get }", .property, example: "print(\"\".isEmpty)"),
        .init(.string, "var first: Character? { get }", .property, example: "print(\"ab\".first as Any)"),
        .init(.string, "var last: Character? { get }", .property, example: "print(\"ab\".last as Any)"),
        .init(.string, "var description: String { get }", .property, example: "print(\"ab\".description)"),
        .init(.string, "func uppercased() -> String", .stringMethod, example: "print(\"ab\".uppercased())"),
        .init(.string, "func lowercased() -> String", .stringMethod, example: "print(\"AB\".lowercased())"),
        .init(.string, "func hasPrefix(_: String) -> Bool", .stringMethod, example: "print(\"abc\".hasPrefix(\"ab\"))"),
        .init(.string, "func hasSuffix(_: String) -> Bool", .stringMethod, example: "print(\"abc\".hasSuffix(\"bc\"))"),
        .init(.string, "func contains(_: String) -> Bool", .stringMethod, example: "print(\"abc\".contains(\"bc\"))"),
        .init(.string, "func split(separator: Character, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]", .stringMethod, example: "print(\"a,b,,c\".split(separator: \",\", maxSplits: 1, omittingEmptySubsequences: false))"),
        .init(.string, "func components(separatedBy: String) -> [String]", .stringMethod, example: "import Foundation\nprint(\"a-b\".components(separatedBy: \"-\"))", foundation: true),
        .init(.string, "func replacingOccurrences(of: String, with: String) -> String", .stringMethod, example: "import Foundation\nprint(\"a-b\".replacingOccurrences(of: \"-\", with: \"+\"))", foundation: true),
        .init(.string, "func trimmingCharacters(in: CharacterSet) -> String", .stringMethod, example: "import Foundation\nprint(\" a \".trimmingCharacters(in: .whitespaces))", foundation: true),
        .init(.string, "mutating func append(_: String)", .mutatingMethod, example: "var s = \"a\"\ns.append(\"b\")\nprint(s)"),
        .init(.string, "mutating func append(contentsOf: String)", .mutatingMethod, example: "var s = \"a\"\ns.append(contentsOf: \"bc\")\nprint(s)"),
        .init(.string, "mutating func removeFirst() -> Character", .mutatingMethod, example: "var s = \"ab\"\nprint(s.removeFirst())"),
        .init(.string, "mutating func removeLast() -> Character", .mutatingMethod, example: "var s = \"ab\"\nprint(s.removeLast())"),
        .init(.string, "mutating func removeAll()", .mutatingMethod, example: "var s = \"ab\"\ns.removeAll()\nprint(s.isEmpty)"),
    ]

    static let dictionaries: [StandardMember] = [
        .init(.dictionary, "var count: Int { get }", .property, example: "print([\"a\": 1].count)"),
        .init(.dictionary, "var isEmpty: Bool { get }", .property, example: "print([String: Int]().isEmpty)"),
        .init(.dictionary, "var first: (key: Key, value: Value)? { get }", .property, example: "print([\"a\": 1].first as Any)"),
        .init(.dictionary, "var keys: Dictionary<Key, Value>.Keys { get }", .property, example: "print([\"a\": 1].keys)"),
        .init(.dictionary, "var values: Dictionary<Key, Value>.Values { get }", .property, example: "print([\"a\": 1].values)"),
        .init(.dictionary, "func mapValues<T>(_: (Value) -> T) -> [Key: T]", .dictionaryMethod, example: "print([\"a\": 1].mapValues { $0 * 2 })"),
        .init(.dictionary, "func filter(_: ((key: Key, value: Value)) -> Bool) -> [Key: Value]", .dictionaryMethod, example: "print([\"a\": 1].filter { $0.value > 0 })"),
        .init(.dictionary, "mutating func removeValue(forKey: Key) -> Value?", .mutatingMethod, example: "var d = [\"a\": 1]\nprint(d.removeValue(forKey: \"a\") as Any)"),
        .init(.dictionary, "mutating func updateValue(_: Value, forKey: Key) -> Value?", .mutatingMethod, example: "var d = [\"a\": 1]\nprint(d.updateValue(2, forKey: \"a\") as Any)"),
        .init(.dictionary, "mutating func removeAll()", .mutatingMethod, example: "var d = [\"a\": 1]\nd.removeAll()\nprint(d.count)"),
    ]

    static let numbers: [StandardMember] = [
        .init(.int, "static var max: Int { get }", .staticMember, example: "print(Int.max)"),
        .init(.int, "static var min: Int { get }", .staticMember, example: "print(Int.min)"),
        .init(.int, "static var bitWidth: Int { get }", .staticMember, example: "print(Int.bitWidth)"),
        .init(.int, "var nonzeroBitCount: Int { get }", .property, example: "print(7.nonzeroBitCount)"),
        .init(.int, "var leadingZeroBitCount: Int { get }", .property, example: "print(1.leadingZeroBitCount)"),
        .init(.int, "var trailingZeroBitCount: Int { get }", .property, example: "print(8.trailingZeroBitCount)"),
        .init(.int, "var description: String { get }", .property, example: "print(5.description)"),
        .init(.int, "func isMultiple(of: Int) -> Bool", .numberMethod, example: "print(6.isMultiple(of: 3))"),
        .init(.int, "func quotientAndRemainder(dividingBy: Int) -> (quotient: Int, remainder: Int)", .numberMethod, example: "print(7.quotientAndRemainder(dividingBy: 2))"),
        .init(.int, "func signum() -> Int", .numberMethod, example: "print((-4).signum())"),
        .init(.int, "func advanced(by: Int) -> Int", .numberMethod, example: "print(3.advanced(by: 2))"),
        .init(.int, "func distance(to: Int) -> Int", .numberMethod, example: "print(3.distance(to: 7))"),
        .init(.int, "static func random<G>(in: Range<Int>, using: inout G) -> Int", .random, example: "var g = SeededGenerator(seed: 1)\nprint(Int.random(in: 0..<3, using: &g) < 3)"),
        .init(.int, "mutating func negate()", .mutatingMethod, example: "var x = 3\nx.negate()\nprint(x)"),
        .init(.double, "static var pi: Double { get }", .staticMember, example: "print(Double.pi)"),
        .init(.double, "static var infinity: Double { get }", .staticMember, example: "print(Double.infinity)"),
        .init(.double, "static var nan: Double { get }", .staticMember, example: "print(Double.nan)"),
        .init(.double, "static var greatestFiniteMagnitude: Double { get }", .staticMember, example: "print(Double.greatestFiniteMagnitude)"),
        .init(.double, "static var leastNormalMagnitude: Double { get }", .staticMember, example: "print(Double.leastNormalMagnitude)"),
        .init(.double, "static var leastNonzeroMagnitude: Double { get }", .staticMember, example: "print(Double.leastNonzeroMagnitude)"),
        .init(.double, "static var ulpOfOne: Double { get }", .staticMember, example: "print(Double.ulpOfOne)"),
        .init(.double, "var isNaN: Bool { get }", .doubleProperty, example: "print(Double.nan.isNaN)"),
        .init(.double, "var isInfinite: Bool { get }", .doubleProperty, example: "print(Double.infinity.isInfinite)"),
        .init(.double, "var isFinite: Bool { get }", .doubleProperty, example: "print(1.0.isFinite)"),
        .init(.double, "var isZero: Bool { get }", .doubleProperty, example: "print(0.0.isZero)"),
        .init(.double, "var magnitude: Double { get }", .doubleProperty, example: "print((-2.5).magnitude)"),
        .init(.double, "var description: String { get }", .doubleProperty, example: "print(2.5.description)"),
        .init(.double, "var ulp: Double { get }", .doubleProperty, example: "print(1.0.ulp)"),
        .init(.double, "var sign: FloatingPointSign { get }", .doubleProperty, example: "print((-1.0).sign)"),
        .init(.double, "func squareRoot() -> Double", .numberMethod, example: "print(2.0.squareRoot())"),
        .init(.double, "func rounded() -> Double", .numberMethod, example: "print(2.5.rounded())"),
        .init(.double, "func rounded(_: FloatingPointRoundingRule) -> Double", .numberMethod, example: "print(2.5.rounded(.down))"),
        .init(.double, "func truncatingRemainder(dividingBy: Double) -> Double", .numberMethod, example: "print(7.5.truncatingRemainder(dividingBy: 2))"),
        .init(.double, "func remainder(dividingBy: Double) -> Double", .numberMethod, example: "print(7.5.remainder(dividingBy: 2))"),
        .init(.double, "static func random<G>(in: Range<Double>, using: inout G) -> Double", .random, example: "var g = SeededGenerator(seed: 1)\nprint(Double.random(in: 0..<1, using: &g) < 1)"),
        .init(.double, "mutating func negate()", .mutatingMethod, example: "var x = 2.5\nx.negate()\nprint(x)"),
        .init(.otherNumber, "static var max: Self { get }", .otherNumber, example: "print(UInt8.max)"),
        .init(.otherNumber, "static var min: Self { get }", .otherNumber, example: "print(Int16.min)"),
        .init(.otherNumber, "static var bitWidth: Int { get }", .otherNumber, example: "print(Int32.bitWidth)"),
        .init(.otherNumber, "static var zero: Self { get }", .otherNumber, example: "print(Float.zero)"),
        .init(.otherNumber, "var nonzeroBitCount: Int { get }", .otherNumber, example: "print(UInt8(7).nonzeroBitCount)"),
        .init(.otherNumber, "var leadingZeroBitCount: Int { get }", .otherNumber, example: "print(UInt8(1).leadingZeroBitCount)"),
        .init(.otherNumber, "var trailingZeroBitCount: Int { get }", .otherNumber, example: "print(UInt8(8).trailingZeroBitCount)"),
        .init(.otherNumber, "var magnitude: Float { get }", .otherNumber, example: "print(Float(-2).magnitude)"),
        .init(.otherNumber, "var ulp: Float { get }", .otherNumber, example: "print(Float(1).ulp)"),
        .init(.otherNumber, "var isNaN: Bool { get }", .otherNumber, example: "print(Float.nan.isNaN)"),
        .init(.otherNumber, "var description: String { get }", .otherNumber, example: "print(Int8(-3).description)"),
        .init(.otherNumber, "func squareRoot() -> Float", .otherNumber, example: "print(Float(2).squareRoot())"),
        .init(.otherNumber, "func rounded() -> Float", .otherNumber, example: "print(Float(2.5).rounded())"),
        .init(.otherNumber, "static func random<G>(in: Range<Float>, using: inout G) -> Float", .random, example: "var g = SeededGenerator(seed: 1)\nprint(Float.random(in: 0..<1, using: &g) < 1)"),
    ]

    static let others: [StandardMember] = [
        .init(.bool, "var description: String { get }", .property, example: "print(true.description)"),
        .init(.bool, "static func random<G>(using: inout G) -> Bool", .random, example: "var g = SeededGenerator(seed: 1)\nlet b = Bool.random(using: &g)\nprint(b || !b)"),
        .init(.bool, "mutating func toggle()", .mutatingMethod, example: "var b = true\nb.toggle()\nprint(b)"),
        .init(.character, "var isLetter: Bool { get }", .characterProperty, example: "print(Character(\"a\").isLetter)"),
        .init(.character, "var isNumber: Bool { get }", .characterProperty, example: "print(Character(\"1\").isNumber)"),
        .init(.character, "var isWhitespace: Bool { get }", .characterProperty, example: "print(Character(\" \").isWhitespace)"),
        .init(.character, "var isUppercase: Bool { get }", .characterProperty, example: "print(Character(\"A\").isUppercase)"),
        .init(.character, "var isLowercase: Bool { get }", .characterProperty, example: "print(Character(\"a\").isLowercase)"),
        .init(.character, "var isPunctuation: Bool { get }", .characterProperty, example: "print(Character(\"!\").isPunctuation)"),
        .init(.character, "var isWholeNumber: Bool { get }", .characterProperty, example: "print(Character(\"7\").isWholeNumber)"),
        .init(.character, "var isHexDigit: Bool { get }", .characterProperty, example: "print(Character(\"f\").isHexDigit)"),
        .init(.character, "var isASCII: Bool { get }", .characterProperty, example: "print(Character(\"é\").isASCII)"),
        .init(.character, "var wholeNumberValue: Int? { get }", .characterProperty, example: "print(Character(\"7\").wholeNumberValue as Any)"),
        .init(.character, "var description: String { get }", .characterProperty, example: "print(Character(\"x\").description)"),
        .init(.character, "func uppercased() -> String", .optionalMethod, example: "print(Character(\"x\").uppercased())"),
        .init(.character, "func lowercased() -> String", .optionalMethod, example: "print(Character(\"X\").lowercased())"),
        .init(.range, "var count: Int { get }", .property, example: "print((0..<5).count)"),
        .init(.range, "var isEmpty: Bool { get }", .property, example: "print((3..<3).isEmpty)"),
        .init(.range, "var lowerBound: Int { get }", .property, example: "print((2...5).lowerBound)"),
        .init(.range, "var upperBound: Int { get }", .property, example: "print((2...5).upperBound)"),
        .init(.range, "func contains(_: Int) -> Bool", .optionalMethod, example: "print((0..<5).contains(4))"),
        .init(.optional, "func map<U>(_: (Wrapped) -> U) -> U?", .optionalMethod, example: "let x: Int? = 2\nprint(x.map { $0 * 2 } as Any)"),
        .init(.optional, "func flatMap<U>(_: (Wrapped) -> U?) -> U?", .optionalMethod, example: "let x: String? = \"4\"\nprint(x.flatMap { Int($0) } as Any)"),
    ]

    // MARK: - What the checker derives from the table

    /// Every method's name (for "method 'x' must be called").
    static let methodNames: Set<String> = Set(members.filter { $0.isMethod && !$0.isStatic }.map(\.name))

    /// Names of members that mutate their receiver, on any type.
    static let mutatingNames: Set<String> = Set(members.filter(\.isMutating).map(\.name))

    /// Whether a standard type has a mutating member of this name.
    static func hasMutatingMember(_ receiver: StandardMember.Receiver, _ name: String) -> Bool {
        mutatingByReceiver[receiver]?.contains(name) == true
    }

    private static let mutatingByReceiver: [StandardMember.Receiver: Set<String>] =
        Dictionary(grouping: members.filter(\.isMutating), by: \.receiver).mapValues { Set($0.map(\.name)) }

    /// The static properties of a number type (for the types a literal-like `.max` may take).
    static func staticPropertyNames(_ receiver: StandardMember.Receiver) -> Set<String> {
        Set(members.filter { $0.receiver == receiver && $0.isStatic && $0.isProperty }.map(\.name))
    }
}
