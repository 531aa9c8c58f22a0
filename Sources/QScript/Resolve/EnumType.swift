/// An enum declared in a cell. A value is its case's index (`.int`) when no case has associated
/// values, else a tuple of the index and the associated values (`.tuple([.int(i), a, b])`), so
/// copies, dictionary keys and places work as for tuples and a switch reads one integer.
final class EnumType: DeclaredType, @unchecked Sendable {
    struct Case {
        var name: String
        /// The associated values' labels and types; nil for a case without them.
        var payload: [QType.TupleField]?
        var rawValue: Value?
        var loc: SourceLoc
    }

    var cases: [Case] = []
    /// `Int`, `String`, `Double` or `Character`, from `enum E: Int`.
    var rawType: QType?
    var isCaseIterable = false
    var isComparable = false
    /// The case of each raw value, for `init?(rawValue:)`.
    var caseOfRawValue: [HashKey: Int] = [:]
    /// Stands for a generic parameter while a generic function's body is checked.
    var isArchetype = false

    override var type: QType { .enumeration(self) }

    var hasPayloads: Bool { cases.contains { $0.payload != nil } }

    func caseIndex(_ name: String) -> Int? { cases.firstIndex { $0.name == name } }

    override func hasMember(_ name: String) -> Bool {
        (name == "rawValue" && rawType != nil) || super.hasMember(name)
    }

    /// The value of case `i` with these associated values.
    func make(_ i: Int, _ payload: [Value]) -> Value {
        hasPayloads ? .tuple([.int(i)] + payload) : .int(i)
    }

    /// The case index of a value of this type.
    @inline(__always) static func tag(_ v: Value) -> Int {
        switch v {
        case .int(let i): return i
        case .tuple(let items): return items[0].int
        default: unreachableCase()
        }
    }

    /// The standard library's `FloatingPointSign` (`Double.sign`): `plus` and `minus`, raw
    /// values 0 and 1, printed inside collections as `Swift.FloatingPointSign.minus`.
    static let floatingPointSign: EnumType = {
        let t = EnumType(name: "FloatingPointSign", loc: .unknown, module: "Swift")
        t.rawType = .int
        t.cases = [Case(name: "plus", payload: nil, rawValue: .int(0), loc: .unknown),
                   Case(name: "minus", payload: nil, rawValue: .int(1), loc: .unknown)]
        t.caseOfRawValue = [HashKey(.int(0)): 0, HashKey(.int(1)): 1]
        t.isEquatable = true
        t.isHashable = true
        return t
    }()
}
