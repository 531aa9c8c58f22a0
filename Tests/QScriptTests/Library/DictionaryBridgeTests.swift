import Testing
@testable import QScript

/// Dictionaries cross the binding API in both directions. A Swift dictionary's order changes
/// from process to process, so one handed to a cell is ordered by key.
struct DictionaryBridgeTests {
    struct Tally: CustomStringConvertible {
        var counts: [String: Int] = [:]
        var description: String { "Tally(\(counts.count) keys)" }
    }

    func library() -> Library {
        Library(bindings: [
            Binding(Tally.self, "Tally") { t in
                t.initializer("init()") { Tally() }
                t.property("counts", get: { $0.counts }, set: { $0.counts = $1 })
                t.mutatingMethod("add(_:)") { (t: inout Tally, word: String) in t.counts[word, default: 0] += 1 }
            },
            .function("histogram(_:)") { (words: [String]) -> [String: Int] in
                words.reduce(into: [:]) { $0[$1, default: 0] += 1 }
            },
            .function("squares(upTo:)") { (n: Int) -> [Int: Double] in
                Dictionary(uniqueKeysWithValues: (0..<n).map { ($0, Double($0 * $0)) })
            },
            .function("total(_:)") { (d: [String: Int]) in d.values.reduce(0, +) },
            .function("invert(_:)") { (d: [String: Int]) -> [Int: [String]] in
                d.reduce(into: [:]) { $0[$1.value, default: []].append($1.key) }.mapValues { $0.sorted() }
            },
            .function("tallies(_:)") { (d: [String: Tally]) in d.keys.sorted().map { "\($0)=\(d[$0]!.counts.count)" } },
        ])
    }

    func run(_ source: String) -> CellResult { Session(library: library()).run(source) }

    func text(_ r: CellResult) -> String {
        r.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
    }

    @Test func aSwiftDictionaryArrivesOrderedByKey() {
        let words = (0..<60).map { "w\($0 % 23)" }
        let expected = "[" + Set(words).sorted().map { w in "\"\(w)\": \(words.filter { $0 == w }.count)" }.joined(separator: ", ") + "]\n"
        let cell = "let h = histogram([\(words.map { "\"\($0)\"" }.joined(separator: ", "))])\nprint(h)"
        let r = run(cell)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == expected)
        #expect(text(run("let s = squares(upTo: 12)\nprint(s)\nfor (k, v) in s where k > 9 { print(k, v) }")) ==
            "[0: 0.0, 1: 1.0, 2: 4.0, 3: 9.0, 4: 16.0, 5: 25.0, 6: 36.0, 7: 49.0, 8: 64.0, 9: 81.0, 10: 100.0, 11: 121.0]\n10 100.0\n11 121.0\n")
    }

    @Test func aCellDictionaryIsPassedToSwift() {
        let r = run("""
            let d = ["b": 2, "a": 1, "c": 2]
            print(total(d), invert(d))
            var e = histogram(["x", "y", "x"])
            e["z"] = 4
            print(total(e), e)
            """)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == "5 [1: [\"a\"], 2: [\"b\", \"c\"]]\n7 [\"x\": 2, \"y\": 1, \"z\": 4]\n")
    }

    @Test func dictionaryPropertiesAndLibraryValuesInDictionaries() {
        let r = run("""
            var t = Tally()
            t.add("qubit")
            t.add("gate")
            t.add("qubit")
            print(t.counts)
            t.counts["gate"] = nil
            t.counts["bit", default: 0] += 3
            print(t.counts, t)
            print(tallies(["first": t, "empty": Tally()]))
            """)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == "[\"gate\": 1, \"qubit\": 2]\n[\"bit\": 3, \"qubit\": 2] Tally(2 keys)\n[\"empty=0\", \"first=2\"]\n")
    }

    @Test func staticTypesOfBridgedDictionaries() {
        let lib = Library.empty
        #expect(lib.qtype(of: [String: Int].self) == .dictionary(.string, .int))
        #expect(lib.qtype(of: [Int: [Double]].self) == .dictionary(.int, .array(.double)))
        #expect(lib.qtype(of: [String: Int?].self) == .dictionary(.string, .optional(.int)))
        // Keys other than Int and String are not bridged (the binding stops when it is built).
        #expect(lib.qtype(of: [Double: Int].self) == nil)
        #expect(lib.qtype(of: [Character: Int].self) == nil)
        #expect(lib.qtype(of: [String: Float].self) == nil)
    }
}
