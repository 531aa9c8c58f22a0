import Foundation
import Testing
import QGen

@Suite struct MetricsTests {
    let p = Distribution(probabilities: [0.5, 0.25, 0.25, 0])
    let q = Distribution(probabilities: [0.25, 0.25, 0.25, 0.25])

    @Test func klInBothDirectionsWithSmoothing() {
        #expect(abs(klDivergence(p, q) - (0.5 * log(2) + 0.25 * log(1) + 0.25 * log(1))) < 1e-15)
        #expect(klDivergence(q, p) == .infinity)
        // Smoothed: q' = (p + ε)/(1 + 4ε).
        let e = 0.01
        let smoothed = [0.5, 0.25, 0.25, 0].map { ($0 + e) / (1 + 4 * e) }
        let expected = zip([0.25, 0.25, 0.25, 0.25], smoothed).reduce(0) { $0 + $1.0 * log($1.0 / $1.1) }
        #expect(abs(klDivergence(q, p, smoothing: e) - expected) < 1e-15)
        #expect(klDivergence(target: q, model: p) == klDivergence(q, p))
        #expect(reverseKLDivergence(target: q, model: p) == klDivergence(p, q))
        #expect(klDivergence(p, p) == 0)
    }

    @Test func totalVariationKolmogorovSmirnovAndValidFraction() {
        #expect(totalVariation(p, q) == 0.25)
        // CDFs: p 0.5 0.75 1 1; q 0.25 0.5 0.75 1 → largest gap 0.25.
        #expect(kolmogorovSmirnov(p, q) == 0.25)
        #expect(validFraction(q, validFor: p) == 0.75)
        let bas = Datasets.barsAndStripes(rows: 2, cols: 2)
        #expect(abs(validFraction(bas, validFor: bas) - 1) < 1e-15)
        #expect(abs(validFraction(.uniform(qubits: 4), validFor: bas) - 6.0 / 16) < 1e-15)
    }

    @Test func mismatchedSizesAreErrors() {
        do {
            _ = try checkedTotalVariation(p, .uniform(qubits: 3))
            Issue.record("no error")
        } catch {
            #expect(error.description == "totalVariation: number of bits: expected 2, got 3")
        }
    }
}
