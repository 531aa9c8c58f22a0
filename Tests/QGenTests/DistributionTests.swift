import Foundation
import Testing
import QSim
import QGen

@Suite struct DistributionTests {
    @Test func buildsFromProbabilitiesCountsAndSamples() throws {
        let d = Distribution(probabilities: [0.5, 0, 0, 0.5])
        #expect(d.bits == 2 && d.probabilities == [0.5, 0, 0, 0.5])
        #expect(Distribution(counts: [1, 0, 0, 3]).probabilities == [0.25, 0, 0, 0.75])
        #expect(Distribution(samples: [0, 3, 3], qubits: 2).probabilities == [1.0 / 3, 0, 0, 2.0 / 3] as [Double])
        #expect(Distribution.uniform(qubits: 3).probabilities == [Double](repeating: 0.125, count: 8))
        #expect(d.probability(of: "11") == 0.5)
        #expect(d.support == [0, 3])
        #expect(abs(d.entropy - log(2)) < 1e-15)
        #expect("\(d)" == "Distribution(bits: 2; 00: 0.5, 11: 0.5)")
    }

    @Test func rejectsWhatIsNotADistribution() {
        func message(_ body: () throws(QGenError) -> Distribution) -> String {
            do { _ = try body(); return "" } catch { return error.description }
        }
        #expect(message { () throws(QGenError) in try .checked(probabilities: [0.5, 0.5, 0.1]) }
                == "the number of outcomes must be a power of two (at least 2), got 3")
        #expect(message { () throws(QGenError) in try .checked(probabilities: [0.6, 0.6]) }
                == "probabilities must sum to 1, but they sum to 1.2")
        #expect(message { () throws(QGenError) in try .checked(probabilities: [1.5, -0.5]) }
                == "probability 1 is negative (-0.5)")
        #expect(message { () throws(QGenError) in try .checked(probabilities: [.nan, 1]) }
                == "probability 0 is nan, not a finite number")
        #expect(message { () throws(QGenError) in try .checked(samples: [4], qubits: 2) }
                == "sample 4 is not an outcome of 2 bits (0...3)")
        #expect(message { () throws(QGenError) in try .checked(counts: [0, 0]) } == "counts must not all be zero")
    }

    @Test func marginalsSumOutTheOtherBitsInTheOrderGiven() {
        // p over 3 bits with distinct values; marginal of bits [2, 0] computed by hand.
        let raw: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        let d = Distribution(probabilities: raw.map { $0 / 36 })
        let m = d.marginal(qubits: [2, 0]).probabilities
        // index = b2·2 + b0; x = b0 b1 b2.
        var expected = [Double](repeating: 0, count: 4)
        for x in 0..<8 { expected[(x & 1) * 2 + (x >> 2)] += raw[x] / 36 }
        for i in 0..<4 { #expect(abs(m[i] - expected[i]) < 1e-15) }
    }

    @Test func samplesAreReproducibleAndFollowTheDistribution() {
        let d = Distribution(probabilities: [0.1, 0.2, 0.3, 0.4])
        let a = d.sample(shots: 20_000, seed: 3)
        #expect(a == d.sample(shots: 20_000, seed: 3))
        let freq = Distribution(samples: a, qubits: 2)
        #expect(totalVariation(freq, d) < 0.01)
    }

    @Test func barsAndStripesHasTheRightPatterns() {
        for (r, c) in [(2, 2), (3, 3), (2, 3), (4, 4), (1, 3)] {
            let d = Datasets.barsAndStripes(rows: r, cols: c)
            #expect(d.support.count == (1 << r) + (1 << c) - 2)
            // Every pattern has all rows equal or all columns equal.
            for x in d.support {
                let bit = { (row: Int, col: Int) in x >> (r * c - 1 - (row * c + col)) & 1 }
                let rowsUniform = (0..<r).allSatisfy { row in (0..<c).allSatisfy { bit(row, $0) == bit(row, 0) } }
                let colsUniform = (0..<c).allSatisfy { col in (0..<r).allSatisfy { bit($0, col) == bit(0, col) } }
                #expect(rowsUniform || colsUniform)
            }
        }
        // 2×2: the 6 patterns written out (pixels row by row, top-left the most significant bit).
        #expect(Datasets.barsAndStripes(rows: 2, cols: 2).support == [0b0000, 0b0011, 0b0101, 0b1010, 0b1100, 0b1111])
    }

    @Test func gaussianMixturesFollowTheirFormula() {
        let d = Datasets.doubleGaussian(qubits: 6)
        let n = 64.0
        let raw = (0..<64).map { x -> Double in
            let a = (Double(x) - 2 * n / 7) / (n / 8), b = (Double(x) - 5 * n / 7) / (n / 8)
            return exp(-a * a / 2) + exp(-b * b / 2)
        }
        let total = raw.reduce(0, +)
        for x in 0..<64 { #expect(abs(d.probabilities[x] - raw[x] / total) < 1e-15) }
        let ln = Datasets.logNormal(qubits: 3)
        #expect(ln.probabilities[0] == 0)
        let x1 = 1.0, z = (log(x1) - 1)
        let grid = Datasets.grid(qubits: 3, range: 0...7)
        #expect(grid == [0, 1, 2, 3, 4, 5, 6, 7])
        let raw2: [Double] = grid.map { (x: Double) -> Double in
            guard x > 0 else { return 0 }
            let z: Double = log(x) - 1
            return exp(-z * z / 2) / x
        }
        let total2: Double = raw2.reduce(0, +)
        let expected: Double = raw2[1] / total2
        #expect(abs(ln.probabilities[1] - expected) < 1e-15)
        #expect(abs(raw2[1] - exp(-z * z / 2)) < 1e-15)
    }
}
