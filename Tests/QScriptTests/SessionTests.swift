import Foundation
import Testing
@testable import QScript

struct SessionTests {
    func text(_ r: CellResult) -> String {
        r.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
    }

    @Test func consecutivePrintsMergeIntoOneTextOutput() {
        let r = Session().run("print(1)\nprint(\"a\", terminator: \"\")\nprint(2.5)")
        #expect(r.outputs == [.text("1\na2.5\n")])
    }

    @Test func lastExpressionValueIsDisplayedUnlessVoid() {
        let s = Session()
        #expect(s.run("let x = [1.5]\nx").outputs == [.value("[1.5]")])
        #expect(s.run("var y = 1\ny += 1").outputs == [])
        #expect(s.run("\"text\"").outputs == [.value("text")])
        #expect(s.run("print(1)").outputs == [.text("1\n")])
    }

    @Test func timeoutStopsAnInfiniteLoopAndTheSessionGoesOn() {
        let s = Session()
        let r = s.run("var n = 0\nwhile true { n += 1 }", timeout: 0.2)
        #expect(r.status == .error)
        #expect(r.diagnostics.first?.id == "timeout")
        #expect(r.diagnostics.first?.line == 2)
        #expect(s.run("print(7)").outputs == [.text("7\n")])
    }

    @Test func outputCapCutsWithANote() {
        let s = Session(limits: .init(maxOutputCharacters: 100))
        let r = s.run("for i in 0..<1000 { print(i) }")
        let t = text(r)
        #expect(t.hasPrefix("0\n1\n2\n"))
        #expect(t.contains("[output cut:"))
        #expect(t.count < 200)
    }

    @Test func runawayGrowthStopsAtTheAllocationLimit() {
        let s = Session(limits: .init(maxAllocationBytes: 1 << 20))
        let r = s.run("var grow: [Int] = []\nwhile true { grow.append(1) }\n")
        #expect(r.diagnostics.first?.id == "allocation-limit")
        #expect(r.diagnostics.first?.line == 2)
        let t = s.run("var text = \"\"\nwhile true { text += \"abc\" }")
        #expect(t.diagnostics.first?.id == "allocation-limit")
    }

    @Test func recursionLimitIsAnErrorNotACrash() {
        let s = Session(limits: .init(maxRecursionDepth: 200))
        let r = s.run("func f(_ n: Int) -> Int { n == 0 ? 0 : 1 + f(n - 1) }\nprint(f(150))\nprint(f(100_000))")
        #expect(text(r) == "150\n")
        #expect(r.diagnostics.first?.id == "recursion-limit")
    }

    @Test func deepRecursionWithinTheDefaultLimitRuns() {
        let r = Session().run("func f(_ n: Int) -> Int { n == 0 ? 0 : 1 + f(n - 1) }\nprint(f(9_000))")
        #expect(text(r) == "9000\n")
    }

    @Test func failedCellKeepsEarlierStatementsAndDropsLaterOnes() {
        let s = Session()
        let r = s.run("var a = [1]\na.append(2)\nvar b = 0\nb = a[9]\nlet c = 3")
        #expect(r.status == .error)
        #expect(text(s.run("print(a, b)")) == "[1, 2] 0\n")
        #expect(s.run("print(c)").diagnostics.first?.id == "undefined-name")
    }

    @Test func failingStatementIsRolledBack() {
        let s = Session()
        _ = s.run("var xs: [Int] = []")
        let r = s.run("for i in 0..<10 {\n    xs.append(i)\n    if i == 5 { xs.append([0][i]) }\n}")
        #expect(r.diagnostics.first?.id == "index-out-of-range")
        #expect(text(s.run("print(xs)")) == "[]\n")
    }

    @Test func compileErrorsRunNothing() {
        let s = Session()
        let r = s.run("print(\"before\")\nlet x: Int = \"no\"\nprint(\"after\")")
        #expect(text(r).isEmpty)
        #expect(r.diagnostics.count == 1)
        #expect(s.run("print(x)").diagnostics.first?.id == "undefined-name")
    }

    @Test func columnsCountCharactersNotBytes() {
        let r = Session().run("let s = \"héllo wörld\"; print(s, nope)")
        #expect(r.diagnostics.first?.column == 33)
    }

    @Test func sessionsRunInParallelOnBackgroundThreads() async {
        let results = await withTaskGroup(of: String.self) { group in
            for k in 1...4 {
                group.addTask {
                    let s = Session()
                    _ = s.run("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }")
                    return self.text(s.run("print(fib(\(10 + k)))"))
                }
            }
            var all: [String] = []
            for await r in group { all.append(r) }
            return all.sorted()
        }
        #expect(results == ["144\n", "233\n", "377\n", "89\n"])
    }
}
