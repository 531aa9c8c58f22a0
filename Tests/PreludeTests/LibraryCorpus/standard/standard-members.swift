// Generated from StandardLibrary's table (StandardLibraryTests): one block per member.
import Foundation
do { // Array: var count: Int { get }
    print([1, 2].count)
}
do { // Array: var isEmpty: Bool { get }
    print([Int]().isEmpty)
}
do { // Array: var first: Element? { get }
    print([1, 2].first as Any)
}
do { // Array: var last: Element? { get }
    print([1, 2].last as Any)
}
do { // Array: var indices: Range<Int> { get }
    print([1, 2].indices)
}
do { // Array: func contains(_: Element) -> Bool
    print([1, 2].contains(2))
}
do { // Array: func contains(where: (Element) -> Bool) -> Bool
    print([1, 2].contains { $0 > 1 })
}
do { // Array: func allSatisfy(_: (Element) -> Bool) -> Bool
    print([1, 2].allSatisfy { $0 > 0 })
}
do { // Array: func first(where: (Element) -> Bool) -> Element?
    print([1, 2].first { $0 > 1 } as Any)
}
do { // Array: func last(where: (Element) -> Bool) -> Element?
    print([1, 2].last { $0 < 2 } as Any)
}
do { // Array: func firstIndex(of: Element) -> Int?
    print([1, 2].firstIndex(of: 2) as Any)
}
do { // Array: func lastIndex(of: Element) -> Int?
    print([2, 2].lastIndex(of: 2) as Any)
}
do { // Array: func firstIndex(where: (Element) -> Bool) -> Int?
    print([1, 2].firstIndex { $0 > 1 } as Any)
}
do { // Array: func lastIndex(where: (Element) -> Bool) -> Int?
    print([1, 2].lastIndex { $0 > 0 } as Any)
}
do { // Array: func filter(_: (Element) -> Bool) -> [Element]
    print([1, 2, 3].filter { $0 != 2 })
}
do { // Array: func count(where: (Element) -> Bool) -> Int
    print([1, 2, 3].count { $0 > 1 })
}
do { // Array: func map<T>(_: (Element) -> T) -> [T]
    print([1, 2].map { $0 * 2 })
}
do { // Array: func compactMap<T>(_: (Element) -> T?) -> [T]
    print(["1", "x"].compactMap { Int($0) })
}
do { // Array: func flatMap<S>(_: (Element) -> S) -> [S.Element]
    print([1, 2].flatMap { [$0, $0] })
}
do { // Array: func forEach(_: (Element) -> Void)
    [1, 2].forEach { print($0) }
}
do { // Array: func reduce<R>(_: R, _: (R, Element) -> R) -> R
    print([1, 2, 3].reduce(0, +))
}
do { // Array: func reduce<R>(into: R, _: (inout R, Element) -> Void) -> R
    print([1, 2].reduce(into: [Int]()) { $0.append($1) })
}
do { // Array: func sorted() -> [Element]
    print([3, 1, 2].sorted())
}
do { // Array: func sorted(by: (Element, Element) -> Bool) -> [Element]
    print([3, 1, 2].sorted(by: >))
}
do { // Array: func min() -> Element?
    print([3, 1].min() as Any)
}
do { // Array: func max() -> Element?
    print([3, 1].max() as Any)
}
do { // Array: func min(by: (Element, Element) -> Bool) -> Element?
    print([3, 1].min { $0 > $1 } as Any)
}
do { // Array: func max(by: (Element, Element) -> Bool) -> Element?
    print([3, 1].max { $0 > $1 } as Any)
}
do { // Array: func reversed() -> ReversedCollection<Self>
    print(Array([1, 2].reversed()))
}
do { // Array: func enumerated() -> EnumeratedSequence<Self>
    for (i, x) in [5, 6].enumerated() { print(i, x) }
}
do { // Array: func joined() -> String
    print(["a", "b"].joined())
}
do { // Array: func joined(separator: String) -> String
    print(["a", "b"].joined(separator: "-"))
}
do { // Array: func prefix(_: Int) -> ArraySlice<Element>
    print([1, 2, 3].prefix(2))
}
do { // Array: func suffix(_: Int) -> ArraySlice<Element>
    print([1, 2, 3].suffix(2))
}
do { // Array: func dropFirst(_: Int = 1) -> ArraySlice<Element>
    print([1, 2, 3].dropFirst())
}
do { // Array: func dropLast(_: Int = 1) -> ArraySlice<Element>
    print([1, 2, 3].dropLast(2))
}
do { // Array: func shuffled<G>(using: inout G) -> [Element]
    var g = SeededGenerator(seed: 1)
    print([1, 2, 3].shuffled(using: &g).count)
}
do { // Array: func randomElement<G>(using: inout G) -> Element?
    var g = SeededGenerator(seed: 1)
    print([1, 2].randomElement(using: &g) != nil)
}
do { // Array: mutating func append(_: Element)
    var a = [1]
    a.append(2)
    print(a)
}
do { // Array: mutating func append<S>(contentsOf: S)
    var a = [1]
    a.append(contentsOf: [2, 3])
    print(a)
}
do { // Array: mutating func insert(_: Element, at: Int)
    var a = [1]
    a.insert(0, at: 0)
    print(a)
}
do { // Array: mutating func remove(at: Int) -> Element
    var a = [1, 2]
    print(a.remove(at: 0))
}
do { // Array: mutating func removeFirst() -> Element
    var a = [1, 2]
    print(a.removeFirst())
}
do { // Array: mutating func removeLast() -> Element
    var a = [1, 2]
    print(a.removeLast())
}
do { // Array: mutating func removeFirst(_: Int)
    var a = [1, 2]
    a.removeFirst(1)
    print(a)
}
do { // Array: mutating func removeLast(_: Int)
    var a = [1, 2]
    a.removeLast(1)
    print(a)
}
do { // Array: mutating func popLast() -> Element?
    var a = [1]
    print(a.popLast() as Any)
}
do { // Array: mutating func removeAll()
    var a = [1]
    a.removeAll()
    print(a)
}
do { // Array: mutating func removeAll(where: (Element) -> Bool)
    var a = [1, 2]
    a.removeAll { $0 > 1 }
    print(a)
}
do { // Array: mutating func sort()
    var a = [2, 1]
    a.sort()
    print(a)
}
do { // Array: mutating func sort(by: (Element, Element) -> Bool)
    var a = [1, 2]
    a.sort(by: >)
    print(a)
}
do { // Array: mutating func reverse()
    var a = [1, 2]
    a.reverse()
    print(a)
}
do { // Array: mutating func swapAt(_: Int, _: Int)
    var a = [1, 2]
    a.swapAt(0, 1)
    print(a)
}
do { // ArraySlice: var count: Int { get }
    print([1, 2, 3].dropFirst().count)
}
do { // ArraySlice: var isEmpty: Bool { get }
    print([1].dropFirst().isEmpty)
}
do { // ArraySlice: var first: Element? { get }
    print([1, 2, 3].dropFirst().first as Any)
}
do { // ArraySlice: var last: Element? { get }
    print([1, 2, 3].dropLast().last as Any)
}
do { // String: var count: Int { get }
    print("abc".count)
}
do { // String: var isEmpty: Bool { get }
    print("".isEmpty)
}
do { // String: var first: Character? { get }
    print("ab".first as Any)
}
do { // String: var last: Character? { get }
    print("ab".last as Any)
}
do { // String: var description: String { get }
    print("ab".description)
}
do { // String: func uppercased() -> String
    print("ab".uppercased())
}
do { // String: func lowercased() -> String
    print("AB".lowercased())
}
do { // String: func hasPrefix(_: String) -> Bool
    print("abc".hasPrefix("ab"))
}
do { // String: func hasSuffix(_: String) -> Bool
    print("abc".hasSuffix("bc"))
}
do { // String: func contains(_: String) -> Bool
    print("abc".contains("bc"))
}
do { // String: func split(separator: Character, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]
    print("a,b,,c".split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false))
}
do { // String: func components(separatedBy: String) -> [String]
    print("a-b".components(separatedBy: "-"))
}
do { // String: func replacingOccurrences(of: String, with: String) -> String
    print("a-b".replacingOccurrences(of: "-", with: "+"))
}
do { // String: func trimmingCharacters(in: CharacterSet) -> String
    print(" a ".trimmingCharacters(in: .whitespaces))
}
do { // String: func split(separator: String, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]
    print("a--b".split(separator: "--"))
}
do { // String: mutating func append(_: String)
    var s = "a"
    s.append("b")
    print(s)
}
do { // String: mutating func append(contentsOf: String)
    var s = "a"
    s.append(contentsOf: "bc")
    print(s)
}
do { // String: mutating func removeFirst() -> Character
    var s = "ab"
    print(s.removeFirst())
}
do { // String: mutating func removeLast() -> Character
    var s = "ab"
    print(s.removeLast())
}
do { // String: mutating func removeAll()
    var s = "ab"
    s.removeAll()
    print(s.isEmpty)
}
do { // String: mutating func append(_: Character)
    var s = "a"
    let c: Character = "b"
    s.append(c)
    print(s)
}
do { // String: mutating func append(contentsOf: Substring)
    var s = "a"
    s.append(contentsOf: "xbc".dropFirst())
    print(s)
}
do { // Dictionary: var count: Int { get }
    print(["a": 1].count)
}
do { // Dictionary: var isEmpty: Bool { get }
    print([String: Int]().isEmpty)
}
do { // Dictionary: var first: (key: Key, value: Value)? { get }
    print(["a": 1].first as Any)
}
do { // Dictionary: var keys: Dictionary<Key, Value>.Keys { get }
    print(["a": 1].keys)
}
do { // Dictionary: var values: Dictionary<Key, Value>.Values { get }
    print(["a": 1].values)
}
do { // Dictionary: func mapValues<T>(_: (Value) -> T) -> [Key: T]
    print(["a": 1].mapValues { $0 * 2 })
}
do { // Dictionary: func filter(_: ((key: Key, value: Value)) -> Bool) -> [Key: Value]
    print(["a": 1].filter { $0.value > 0 })
}
do { // Dictionary: mutating func removeValue(forKey: Key) -> Value?
    var d = ["a": 1]
    print(d.removeValue(forKey: "a") as Any)
}
do { // Dictionary: mutating func updateValue(_: Value, forKey: Key) -> Value?
    var d = ["a": 1]
    print(d.updateValue(2, forKey: "a") as Any)
}
do { // Dictionary: mutating func removeAll()
    var d = ["a": 1]
    d.removeAll()
    print(d.count)
}
do { // Dictionary.Keys, Dictionary.Values, ReversedCollection: var count: Int { get }
    print(["a": 1].keys.count)
}
do { // Dictionary.Keys, Dictionary.Values, ReversedCollection: var isEmpty: Bool { get }
    print(["a": 1].values.isEmpty, [1].reversed().isEmpty)
}
do { // Int: static var max: Int { get }
    print(Int.max)
}
do { // Int: static var min: Int { get }
    print(Int.min)
}
do { // Int: static var bitWidth: Int { get }
    print(Int.bitWidth)
}
do { // Int: var nonzeroBitCount: Int { get }
    print(7.nonzeroBitCount)
}
do { // Int: var leadingZeroBitCount: Int { get }
    print(1.leadingZeroBitCount)
}
do { // Int: var trailingZeroBitCount: Int { get }
    print(8.trailingZeroBitCount)
}
do { // Int: var description: String { get }
    print(5.description)
}
do { // Int: var magnitude: UInt { get }
    print((-5).magnitude, Int.min.magnitude)
}
do { // Int: func isMultiple(of: Int) -> Bool
    print(6.isMultiple(of: 3))
}
do { // Int: func quotientAndRemainder(dividingBy: Int) -> (quotient: Int, remainder: Int)
    print(7.quotientAndRemainder(dividingBy: 2))
}
do { // Int: func signum() -> Int
    print((-4).signum())
}
do { // Int: func advanced(by: Int) -> Int
    print(3.advanced(by: 2))
}
do { // Int: func distance(to: Int) -> Int
    print(3.distance(to: 7))
}
do { // Int: static func random<G>(in: Range<Int>, using: inout G) -> Int
    var g = SeededGenerator(seed: 1)
    print(Int.random(in: 0..<3, using: &g) < 3)
}
do { // Int: mutating func negate()
    var x = 3
    x.negate()
    print(x)
}
do { // Double: static var pi: Double { get }
    print(Double.pi)
}
do { // Double: static var infinity: Double { get }
    print(Double.infinity)
}
do { // Double: static var nan: Double { get }
    print(Double.nan)
}
do { // Double: static var greatestFiniteMagnitude: Double { get }
    print(Double.greatestFiniteMagnitude)
}
do { // Double: static var leastNormalMagnitude: Double { get }
    print(Double.leastNormalMagnitude)
}
do { // Double: static var leastNonzeroMagnitude: Double { get }
    print(Double.leastNonzeroMagnitude)
}
do { // Double: static var ulpOfOne: Double { get }
    print(Double.ulpOfOne)
}
do { // Double: var isNaN: Bool { get }
    print(Double.nan.isNaN)
}
do { // Double: var isInfinite: Bool { get }
    print(Double.infinity.isInfinite)
}
do { // Double: var isFinite: Bool { get }
    print(1.0.isFinite)
}
do { // Double: var isZero: Bool { get }
    print(0.0.isZero)
}
do { // Double: var magnitude: Double { get }
    print((-2.5).magnitude)
}
do { // Double: var description: String { get }
    print(2.5.description)
}
do { // Double: var ulp: Double { get }
    print(1.0.ulp)
}
do { // Double: var sign: FloatingPointSign { get }
    print((-1.0).sign)
}
do { // Double: func squareRoot() -> Double
    print(2.0.squareRoot())
}
do { // Double: func rounded() -> Double
    print(2.5.rounded())
}
do { // Double: func rounded(_: FloatingPointRoundingRule) -> Double
    print(2.5.rounded(.down))
}
do { // Double: func truncatingRemainder(dividingBy: Double) -> Double
    print(7.5.truncatingRemainder(dividingBy: 2))
}
do { // Double: func remainder(dividingBy: Double) -> Double
    print(7.5.remainder(dividingBy: 2))
}
do { // Double: static func random<G>(in: Range<Double>, using: inout G) -> Double
    var g = SeededGenerator(seed: 1)
    print(Double.random(in: 0..<1, using: &g) < 1)
}
do { // Double: mutating func negate()
    var x = 2.5
    x.negate()
    print(x)
}
do { // Int8…UInt64: static var max: Self { get }
    print(UInt8.max)
}
do { // Int8…UInt64: static var min: Self { get }
    print(Int16.min)
}
do { // Int8…UInt64: static var bitWidth: Int { get }
    print(Int32.bitWidth)
}
do { // Float: static var zero: Self { get }
    print(Float.zero)
}
do { // Int8…UInt64: var nonzeroBitCount: Int { get }
    print(UInt8(7).nonzeroBitCount)
}
do { // Int8…UInt64: var leadingZeroBitCount: Int { get }
    print(UInt8(1).leadingZeroBitCount)
}
do { // Int8…UInt64: var trailingZeroBitCount: Int { get }
    print(UInt8(8).trailingZeroBitCount)
}
do { // Float: var magnitude: Float { get }
    print(Float(-2).magnitude)
}
do { // Float: var ulp: Float { get }
    print(Float(1).ulp)
}
do { // Float: var isNaN: Bool { get }
    print(Float.nan.isNaN)
}
do { // Int8…UInt64: var description: String { get }
    print(Int8(-3).description)
}
do { // Int8…UInt64: var magnitude: Self.Magnitude { get }
    print(Int8(-128).magnitude, UInt16(7).magnitude)
}
do { // Float: func squareRoot() -> Float
    print(Float(2).squareRoot())
}
do { // Float: func rounded() -> Float
    print(Float(2.5).rounded())
}
do { // Float: static func random<G>(in: Range<Float>, using: inout G) -> Float
    var g = SeededGenerator(seed: 1)
    print(Float.random(in: 0..<1, using: &g) < 1)
}
do { // Int8…UInt64: static var zero: Self { get }
    print(UInt16.zero)
}
do { // Int8…UInt64: var bitWidth: Int { get }
    print(Int64(1).bitWidth)
}
do { // Float: static var pi: Float { get }
    print(Float.pi)
}
do { // Float: static var infinity: Float { get }
    print(Float.infinity)
}
do { // Float: static var nan: Float { get }
    print(Float.nan)
}
do { // Float: static var greatestFiniteMagnitude: Float { get }
    print(Float.greatestFiniteMagnitude)
}
do { // Float: static var leastNormalMagnitude: Float { get }
    print(Float.leastNormalMagnitude)
}
do { // Float: static var leastNonzeroMagnitude: Float { get }
    print(Float.leastNonzeroMagnitude)
}
do { // Float: static var ulpOfOne: Float { get }
    print(Float.ulpOfOne)
}
do { // Float: var isInfinite: Bool { get }
    print(Float.infinity.isInfinite)
}
do { // Float: var isFinite: Bool { get }
    print(Float(1).isFinite)
}
do { // Float: var isZero: Bool { get }
    print(Float(0).isZero)
}
do { // Float: var description: String { get }
    print(Float(0.1).description)
}
do { // Float: var sign: FloatingPointSign { get }
    print(Float(-1).sign)
}
do { // Bool: var description: String { get }
    print(true.description)
}
do { // Bool: static func random<G>(using: inout G) -> Bool
    var g = SeededGenerator(seed: 1)
    let b = Bool.random(using: &g)
    print(b || !b)
}
do { // Bool: mutating func toggle()
    var b = true
    b.toggle()
    print(b)
}
do { // Character: var isLetter: Bool { get }
    print(Character("a").isLetter)
}
do { // Character: var isNumber: Bool { get }
    print(Character("1").isNumber)
}
do { // Character: var isWhitespace: Bool { get }
    print(Character(" ").isWhitespace)
}
do { // Character: var isUppercase: Bool { get }
    print(Character("A").isUppercase)
}
do { // Character: var isLowercase: Bool { get }
    print(Character("a").isLowercase)
}
do { // Character: var isPunctuation: Bool { get }
    print(Character("!").isPunctuation)
}
do { // Character: var isWholeNumber: Bool { get }
    print(Character("7").isWholeNumber)
}
do { // Character: var isHexDigit: Bool { get }
    print(Character("f").isHexDigit)
}
do { // Character: var isASCII: Bool { get }
    print(Character("é").isASCII)
}
do { // Character: var wholeNumberValue: Int? { get }
    print(Character("7").wholeNumberValue as Any)
}
do { // Character: var description: String { get }
    print(Character("x").description)
}
do { // Character: func uppercased() -> String
    print(Character("x").uppercased())
}
do { // Character: func lowercased() -> String
    print(Character("X").lowercased())
}
do { // Range: var count: Int { get }
    print((0..<5).count)
}
do { // Range: var isEmpty: Bool { get }
    print((3..<3).isEmpty)
}
do { // Range: var lowerBound: Int { get }
    print((2...5).lowerBound)
}
do { // Range: var upperBound: Int { get }
    print((2...5).upperBound)
}
do { // Range: func contains(_: Int) -> Bool
    print((0..<5).contains(4))
}
do { // Optional: func map<U>(_: (Wrapped) -> U) -> U?
    let x: Int? = 2
    print(x.map { $0 * 2 } as Any)
}
do { // Optional: func flatMap<U>(_: (Wrapped) -> U?) -> U?
    let x: String? = "4"
    print(x.flatMap { Int($0) } as Any)
}
