import Testing
@testable import QScript

/// The table's resolution (`Checker+Standard.swift`): signatures parsed from the rows, type
/// variables bound, constraints, the ranking between rows, and what is refused by name.
struct StandardResolutionTests {
    private func run(_ source: String) -> (status: CellResult.Status, text: String, errors: [String]) {
        let result = Session().run(source)
        let text = result.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
        let errors = result.outputs.compactMap { if case .error(let d) = $0 { d.message } else { nil } }
        return (result.status, text, errors)
    }

    @Test func signaturesParse() {
        let reduce = StandardSignature(parsing: "func reduce<R>(_: R, _: (R, Element) -> R) -> R")
        #expect(reduce.name == "reduce" && reduce.generics == ["R"] && reduce.labels == [nil, nil])
        #expect(reduce.params.map(\.description) == ["R", "(R, Element) -> R"] && reduce.result.description == "R")
        let split = StandardSignature(parsing: "func split(separator: Character, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [Substring]")
        #expect(split.hasDefault == [false, true, true] && split.fullName == "split(separator:maxSplits:omittingEmptySubsequences:)")
        let filter = StandardSignature(parsing: "func filter(_: ((key: Key, value: Value)) -> Bool) -> [Key: Value]")
        #expect(filter.params.map(\.description) == ["((key: Key, value: Value)) -> Bool"] && filter.messageName == "filter")
        let first = StandardSignature(parsing: "var first: (key: Key, value: Value)? { get }")
        #expect(first.kind == .property && first.result.description == "(key: Key, value: Value)?")
        let random = StandardSignature(parsing: "static func random<G>(in: Range<Int>, using: inout G) -> Int")
        #expect(random.isStatic && random.params.map(\.description) == ["Range<Int>", "inout G"])
    }

    @Test func trailingClosureLabelsComeFromTheTable() {
        #expect(StandardLibrary.trailingClosureLabels == [
            "sorted": "by", "sort": "by", "min": "by", "max": "by", "contains": "where", "first": "where",
            "last": "where", "firstIndex": "where", "lastIndex": "where", "removeAll": "where", "count": "where",
        ])
    }

    @Test func typeVariablesBindFromClosuresAndArguments() {
        var types: [String: QType] = ["Element": .int]
        #expect(StandardType.optional(.variable("T")).bind(.int, into: &types) && types["T"] == .int)
        #expect(!StandardType.array(.variable("Element")).bind(.array(.string), into: &types))
        let r = run("print([1, 2].map { \"\\($0)\" }, [\"1\", \"x\"].compactMap { Int($0) }, [1.5, 2].reduce(0, +))")
        #expect(r.text == "[\"1\", \"2\"] [1] 3.5\n")
    }

    @Test func rankingPrefersTheBetterScoreThenTheReceiversOwnRow() {
        // A literal fits `String` at no cost and `Character` as a non-default literal; a
        // `Character` variable fits only the elements' row; a range's own `contains` wins a tie.
        let r = run("let c: Character = \"b\"\nprint(\"abc\".contains(\"bc\"), \"abc\".contains(c), \"a,b\".split(separator: \",\"), (0..<5).contains(4))\nlet d = [\"a\": 1]\nprint(d.filter { $0.value > 0 })")
        #expect(r.text == "true true [\"a\", \"b\"] true\n[\"a\": 1]\n")
    }

    @Test func constraintsUseSwiftcsMessages() {
        #expect(run("struct P {}\nprint([P()].contains(P()))").errors == ["referencing instance method 'contains' requires that 'P' conform to 'Equatable'"])
        #expect(run("struct P {}\nprint([P()].sorted())").errors == ["referencing instance method 'sorted()' requires that 'P' conform to 'Comparable'"])
        #expect(run("print([(1, 2)].sorted())").errors == ["type '(Int, Int)' cannot conform to 'Comparable'"])
    }

    @Test func refusedByName() {
        #expect(run("let s = [1, 2, 3].dropFirst()\nprint(s.indices)").status == .error)
        #expect(run("print([1, 2].shuffled())").status == .error)
        #expect(run("print(Int.random(in: 0..<3))").status == .error)
    }
}
