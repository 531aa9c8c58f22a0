import Testing
@testable import QScript

/// The fast call path (functions whose body is a chain of `Int` returns, frames that hold only
/// `Int`/`Double`/`Bool`, arguments like `n - 1` computed inline) must mean exactly what the
/// general path means: same results, same traps at the same places, same limits.
struct CallPathTests {
    func text(_ r: CellResult) -> String {
        r.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
    }

    @Test func returnChainsOfEveryShapeComputeTheSameResults() {
        let s = Session()
        let r = s.run("""
        func fib(_ n: Int) -> Int {
            if n < 2 { return n }
            return fib(n - 1) + fib(n - 2)
        }
        func sign(_ x: Int) -> Int {
            if x < 0 {
                return -1
            } else if x == 0 {
                return 0
            } else {
                return 1
            }
        }
        func clamp(_ x: Int, to limit: Int) -> Int {
            guard x <= limit else { return limit }
            let doubled = x * 2
            var extra = 0
            if doubled > 10 { extra += 1 }
            return doubled + extra
        }
        func area(_ w: Double, _ h: Double, square: Bool) -> Int {
            let a = w * h
            if square { return Int(a * a) }
            return Int(a)
        }
        func firstOr(_ xs: [Int], _ d: Int) -> Int {
            if let f = xs.first { return f }
            return d
        }
        func ignore(_: Int, _ k: Int) -> Int { k + 1 }
        func constant() -> Int { 42 }
        print(fib(20), sign(-5), sign(0), sign(9))
        print(clamp(3, to: 100), clamp(7, to: 100), clamp(500, to: 100))
        print(area(1.5, 2.0, square: false), area(1.5, 2.0, square: true))
        print(firstOr([], 7), firstOr([3, 4], 7), ignore(1, 2), constant())
        """)
        #expect(text(r) == "6765 -1 0 1\n6 15 100\n3 9\n7 3 3 42\n")
    }

    @Test func overflowInAnInlineArgumentTrapsAtItsOperator() throws {
        let s = Session()
        _ = s.run("func id(_ n: Int) -> Int { n }\nfunc down(_ n: Int) -> Int { id(n - 1) }\nfunc up(_ n: Int) -> Int { id(n + 1) }")
        let d = try #require(s.run("print(down(Int.min))").diagnostics.first)
        #expect(d.id == "overflow" && d.cell == 0 && d.line == 2 && d.column == 35)
        let u = try #require(s.run("print(up(Int.max))").diagnostics.first)
        #expect(u.id == "overflow" && u.cell == 0 && u.line == 3 && u.column == 33)
        #expect(text(s.run("print(down(5), up(5))")) == "4 6\n")
    }

    @Test func overflowInsideAReturnChainTraps() throws {
        let r = Session().run("func sq(_ n: Int) -> Int {\n    if n < 0 { return 0 }\n    return n * n\n}\nprint(sq(3))\nprint(sq(Int.max))")
        #expect(text(r) == "9\n")
        let d = try #require(r.diagnostics.first)
        #expect(d.id == "overflow" && d.line == 3 && d.column == 14)
    }

    @Test func recursionLimitIsExactOnTheFastPath() throws {
        let s = Session(limits: .init(maxRecursionDepth: 50))
        _ = s.run("func down(_ n: Int) -> Int {\n    if n == 0 { return 0 }\n    return 1 + down(n - 1)\n}")
        // down(49) makes 50 nested calls: the limit; one more is too deep.
        #expect(text(s.run("print(down(49))")) == "49\n")
        let d = try #require(s.run("print(down(50))").diagnostics.first)
        #expect(d.id == "recursion-limit" && d.line == 3)
        // Depth and the value stack were given back: the limit is whole again.
        #expect(text(s.run("print(down(49))")) == "49\n")
    }

    @Test func exponentialRecursionWithoutLoopsTimesOut() throws {
        let s = Session()
        _ = s.run("func fib(_ n: Int) -> Int {\n    if n < 2 { return n }\n    return fib(n - 1) + fib(n - 2)\n}")
        let r = s.run("print(fib(90))", timeout: 0.3)
        #expect(r.diagnostics.first?.id == "timeout")
        #expect(text(s.run("print(fib(15))")) == "610\n")
    }

    @Test func trivialFramesReuseStackThatHeldReferences() {
        // `words` leaves strings and arrays in the slots `count` then uses for Ints and Doubles.
        let r = Session().run("""
        func words(_ n: Int) -> Int {
            let xs = Array(repeating: "w\\(n)", count: 3)
            let joined = xs.joined(separator: "-")
            return joined.count
        }
        func count(_ n: Int) -> Int {
            var a = 0
            var b: Int
            b = n
            var x = 0.5
            x += Double(b)
            let flag = b > 2
            a += b
            return flag ? a + Int(x) : a
        }
        var total = 0
        for i in 0..<200 { total += words(i) + count(i) }
        print(total)
        """)
        var expected = 0
        for i in 0..<200 {
            let word = "w\(i)".count
            expected += 3 * word + 2
            expected += i > 2 ? 2 * i : i
        }
        #expect(text(r) == "\(expected)\n")
    }

    @Test func closuresAndCapturesStillUseTheGeneralPath() {
        let r = Session().run("""
        func counter() -> () -> Int {
            var n = 0
            return { n += 1; return n }
        }
        let next = counter()
        _ = next()
        func apply(_ f: (Int) -> Int, _ x: Int) -> Int {
            if x < 0 { return 0 }
            return f(x)
        }
        print(next(), apply({ $0 * 3 }, 4), [1, 2, 3].map { (x: Int) -> Int in
            if x == 2 { return 20 }
            return x
        })
        """)
        #expect(text(r) == "2 12 [1, 20, 3]\n")
    }
}
