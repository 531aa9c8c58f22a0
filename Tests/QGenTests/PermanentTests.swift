import Foundation
import Testing
import QSim
import QGen

@Suite struct PermanentTests {
    func randomMatrix(_ n: Int, seed: Int) -> [[Complex]] {
        var rng = SeededGenerator(seed: seed)
        return (0..<n).map { _ in (0..<n).map { _ in Complex(rng.nextDouble() * 2 - 1, rng.nextDouble() * 2 - 1) } }
    }

    func relativeError(_ a: Complex, _ b: Complex) -> Double { (a - b).magnitude / max(b.magnitude, 1e-300) }

    @Test func knownPermanents() {
        for method in PermanentMethod.allCases {
            for n in 1...7 {
                let ones = [[Complex]](repeating: [Complex](repeating: .one, count: n), count: n)
                let factorial = (1...n).reduce(1.0) { $0 * Double($1) }
                #expect(relativeError(permanent(ones, method: method), Complex(factorial)) < 1e-13, "\(method) all-ones \(n)")
                let identity = (0..<n).map { i in (0..<n).map { j in i == j ? Complex.one : .zero } }
                #expect(relativeError(permanent(identity, method: method), .one) < 1e-13, "\(method) identity \(n)")
                let d = (0..<n).map { Complex(Double($0) + 1.5, 0.5 - Double($0)) }
                let diagonal = (0..<n).map { i in (0..<n).map { j in i == j ? d[i] : .zero } }
                #expect(relativeError(permanent(diagonal, method: method), d.reduce(Complex.one, *)) < 1e-13, "\(method) diagonal \(n)")
            }
            let (a, b, c, d) = (Complex(1, 2), Complex(-0.5, 3), Complex(2, -1), Complex(0.25, 0.75))
            #expect(relativeError(permanent([[a, b], [c, d]], method: method), a * d + b * c) < 1e-14)
            #expect(permanent([], method: method) == .one)
            #expect(permanent([[Complex(3, -2)]], method: method) == Complex(3, -2))
        }
        // Perm [[1,2,3],[4,5,6],[7,8,9]] = 45 + 48 + 72 + 84 + 96 + 105, its six products by hand.
        let m: [[Complex]] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
        #expect(relativeError(permanent(m), 450) < 1e-14)
    }

    @Test func theThreeMethodsAgreeOnRandomComplexMatrices() {
        for n in [3, 6, 9, 10] {
            let a = randomMatrix(n, seed: 100 + n)
            let reference = permanent(a, method: .naive)
            #expect(relativeError(permanent(a, method: .ryser), reference) < 1e-10, "ryser n=\(n)")
            #expect(relativeError(permanent(a, method: .glynn), reference) < 1e-10, "glynn n=\(n)")
        }
        // Beyond the naive sum, Ryser and Glynn against each other.
        let a = randomMatrix(16, seed: 7)
        #expect(relativeError(permanent(a, method: .ryser), permanent(a, method: .glynn)) < 1e-9)
    }

    @Test func invariantUnderRowAndColumnPermutations() {
        let a = randomMatrix(7, seed: 3)
        let p = permanent(a)
        var rng = SeededGenerator(seed: 4)
        for _ in 0..<5 {
            let rows = (0..<7).shuffled(using: &rng), cols = (0..<7).shuffled(using: &rng)
            let b = rows.map { i in cols.map { j in a[i][j] } }
            #expect(relativeError(permanent(b, method: .glynn), p) < 1e-12)
        }
        // Not so for a sign change of one row's entries in one column: the permanent is no determinant.
        var c = a
        c[0][0] = -c[0][0]
        #expect(relativeError(permanent(c), p) > 1e-3)
    }

    @Test func badInputIsRefused() {
        #expect(throws: QGenError.invalidArgument("a permanent needs a square matrix: row 1 has 1 entries, the matrix 2 rows")) {
            try checkedPermanent([[1, 2], [3]])
        }
        let big = [[Complex]](repeating: [Complex](repeating: .one, count: 31), count: 31)
        #expect(throws: QGenError.invalidArgument("the ryser permanent is offered up to 30 × 30 (its cost doubles with each row), got 31 × 31")) {
            try checkedPermanent(big)
        }
        let eleven = [[Complex]](repeating: [Complex](repeating: .one, count: 11), count: 11)
        #expect(throws: QGenError.self) { try checkedPermanent(eleven, method: .naive) }
        #expect(throws: QGenError.invalidArgument("a permanent needs finite entries, got nan")) {
            try checkedPermanent([[Complex(.nan)]])
        }
    }

    @Test func aTimeLimitStopsALargePermanent() {
        let a = randomMatrix(22, seed: 1)
        let past = ExecutionBudget(deadline: ContinuousClock.now - .seconds(1))
        for method in [PermanentMethod.ryser, .glynn] {
            #expect(throws: QGenError.simulator(.timeLimitExceeded)) {
                try ExecutionBudget.with(past) { try checkedPermanent(a, method: method) }
            }
        }
    }
}
