import Foundation
import Testing
import QSim
import QGen

@Suite struct BosonSamplingTests {
    /// Bosons without permanents: expand Πⱼ (Σᵢ U_ij b†ᵢ)^{tⱼ} as a polynomial in the b†ᵢ. With
    /// |t⟩ = Πⱼ (a†ⱼ)^{tⱼ}/√tⱼ! |0⟩ and b†^s|0⟩ = √(Π sᵢ!) |s⟩, P(s) = |c_s|² Π sᵢ! / Π tⱼ!.
    func fockProbabilities(_ u: [[Complex]], input: [Int]) -> [[Int]: Double] {
        let m = u.count
        var poly: [[Int]: Complex] = [[Int](repeating: 0, count: m): .one]
        for (j, t) in input.enumerated() {
            for _ in 0..<t {
                var next: [[Int]: Complex] = [:]
                for (s, c) in poly {
                    for i in 0..<m {
                        var s2 = s
                        s2[i] += 1
                        next[s2, default: .zero] += c * u[i][j]
                    }
                }
                poly = next
            }
        }
        func factorials(_ s: [Int]) -> Double { s.reduce(1.0) { p, k in k < 2 ? p : (2...k).reduce(p) { $0 * Double($1) } } }
        return poly.mapValues { $0.magnitudeSquared }.reduce(into: [:]) { $0[$1.key] = $1.value * factorials($1.key) / factorials(input) }
    }

    /// Distinguishable particles by enumeration: each photon independently picks its output
    /// mode i with probability |U_ij|², every one of the mⁿ joint choices visited.
    func classicalProbabilities(_ u: [[Complex]], input: [Int]) -> [[Int]: Double] {
        let m = u.count
        let sources = input.enumerated().flatMap { j, t in [Int](repeating: j, count: t) }
        var result: [[Int]: Double] = [:]
        var choice = [Int](repeating: 0, count: sources.count)
        while true {
            var s = [Int](repeating: 0, count: m)
            var p = 1.0
            for (photon, i) in choice.enumerated() {
                s[i] += 1
                p *= u[i][sources[photon]].magnitudeSquared
            }
            result[s, default: 0] += p
            var k = 0
            while k < choice.count && choice[k] == m - 1 { choice[k] = 0; k += 1 }
            if k == choice.count { break }
            choice[k] += 1
        }
        return result
    }

    @Test func haarUnitariesAreUnitaryAndReproducible() {
        for m in [1, 2, 5, 8, 40] {
            let u = Interferometer.haar(modes: m, seed: m).unitary
            var worst = 0.0
            for i in 0..<m {
                for j in 0..<m {
                    var s = Complex.zero
                    for k in 0..<m { s += u[i][k] * u[j][k].conjugate }
                    worst = max(worst, (s - (i == j ? .one : .zero)).magnitude)
                }
            }
            #expect(worst < 1e-12, "m=\(m): U U† − I = \(worst)")
        }
        #expect(Interferometer.haar(modes: 6, seed: 3) == Interferometer.haar(modes: 6, seed: 3))
        #expect(Interferometer.haar(modes: 6, seed: 3) != Interferometer.haar(modes: 6, seed: 4))
    }

    /// Haar moments: E|U_ij|² = 1/m, E|U_ij|⁴ = 2/(m(m+1)), E tr U = 0, E|tr U|² = 1. The last
    /// two fail without Mezzadri's phase correction (Q's diagonal is then biased).
    @Test func haarMomentsMatchTheUniformMeasure() {
        let m = 4, draws = 4000
        var second = 0.0, fourth = 0.0, traceRe = 0.0, traceIm = 0.0, traceSquared = 0.0
        for seed in 0..<draws {
            let u = Interferometer.haar(modes: m, seed: 1000 + seed).unitary
            var trace = Complex.zero
            for i in 0..<m {
                trace += u[i][i]
                for j in 0..<m {
                    let p = u[i][j].magnitudeSquared
                    second += p
                    fourth += p * p
                }
            }
            traceRe += trace.re
            traceIm += trace.im
            traceSquared += trace.magnitudeSquared
        }
        let entries = Double(draws * m * m), n = Double(draws)
        #expect(abs(second / entries - 1 / Double(m)) < 1e-12)   // rows are unit vectors: exact
        #expect(abs(fourth / entries - 2 / Double(m * (m + 1))) < 0.004)
        // tr U has variance 1 per draw: 5 standard errors of the mean are 5/√4000 ≈ 0.08.
        #expect(abs(traceRe / n) < 0.08 && abs(traceIm / n) < 0.08)
        #expect(abs(traceSquared / n - 1) < 0.1)
        // A single entry's squared modulus is Beta(1, m − 1): mean 1/m per entry, seen in one entry alone.
        var corner = 0.0
        for seed in 0..<draws { corner += Interferometer.haar(modes: m, seed: 1000 + seed).unitary[0][0].magnitudeSquared }
        #expect(abs(corner / n - 0.25) < 0.015)
    }

    @Test func hongOuMandelDip() {
        let hom = BosonSampling(interferometer: .beamSplitter(), photons: 2)
        #expect(abs(hom.probability([1, 1])) < 1e-15)
        #expect(abs(hom.probability([2, 0]) - 0.5) < 1e-15 && abs(hom.probability([0, 2]) - 0.5) < 1e-15)
        #expect(abs(hom.probability([1, 1], distinguishable: true) - 0.5) < 1e-15)
        #expect(abs(hom.probability([2, 0], distinguishable: true) - 0.25) < 1e-15)
        for t in [0.0, 0.2, 0.7, 1.0] {
            let b = BosonSampling(interferometer: .beamSplitter(transmissivity: t), photons: 2)
            #expect(abs(b.probability([1, 1]) - (2 * t - 1) * (2 * t - 1)) < 1e-14)
            #expect(abs(b.probability([1, 1], distinguishable: true) - (t * t + (1 - t) * (1 - t))) < 1e-14)
        }
    }

    @Test func probabilitiesAgreeWithTheFockSpaceExpansion() {
        let cases: [(modes: Int, input: [Int])] = [
            (2, [1, 1]), (4, [1, 1, 0, 0]), (5, [1, 1, 1, 0, 0]), (6, [2, 1, 0, 0, 0, 0]), (3, [3, 0, 0]),
        ]
        for (index, c) in cases.enumerated() {
            let u = Interferometer.haar(modes: c.modes, seed: 50 + index)
            let sampling = BosonSampling(interferometer: u, input: c.input)
            let bosons = fockProbabilities(u.unitary, input: c.input)
            let classical = classicalProbabilities(u.unitary, input: c.input)
            let exact = sampling.distribution(), distinguishable = sampling.distribution(distinguishable: true)
            #expect(exact.patterns.count == BosonSampling.patternCount(photons: sampling.photons, modes: c.modes))
            for (s, p) in zip(exact.patterns, exact.probabilities) { #expect(abs(p - (bosons[s] ?? 0)) < 1e-13, "\(c.input) → \(s)") }
            for (s, p) in zip(distinguishable.patterns, distinguishable.probabilities) {
                #expect(abs(p - (classical[s] ?? 0)) < 1e-13, "\(c.input) → \(s), distinguishable")
            }
        }
    }

    @Test func distributionsSumToOne() {
        for m in [6, 7, 8] {
            let sampling = BosonSampling(interferometer: .haar(modes: m, seed: m), photons: 3)
            for distinguishable in [false, true] {
                let d = sampling.distribution(distinguishable: distinguishable)
                #expect(d.patterns.count == (m + 2) * (m + 1) * m / 6)
                #expect(abs(d.probabilities.reduce(0, +) - 1) < 1e-12)
                #expect(abs(d.collisionFreeProbability + d.bunchedProbability - 1) < 1e-12)
                #expect(d.probabilities.allSatisfy { $0 >= -1e-15 })
            }
            // Bosons bunch: more weight on collisions than distinguishable particles put there.
            #expect(sampling.distribution().bunchedProbability > sampling.distribution(distinguishable: true).bunchedProbability)
        }
        let pair = BosonSampling(interferometer: .haar(modes: 3, seed: 1), input: [2, 0, 0])
        #expect(abs(pair.distribution().probabilities.reduce(0, +) - 1) < 1e-13)
    }

    @Test func patternsAreEnumeratedInOrder() {
        #expect(BosonSampling.patterns(photons: 2, modes: 3) == [[2, 0, 0], [1, 1, 0], [1, 0, 1], [0, 2, 0], [0, 1, 1], [0, 0, 2]])
        #expect(BosonSampling.patterns(photons: 0, modes: 2) == [[0, 0]])
        #expect(BosonSampling.patternCount(photons: 3, modes: 8) == 120)
        #expect(BosonSampling.patternCount(photons: 10, modes: 1) == 1)
        #expect(Set(BosonSampling.patterns(photons: 4, modes: 5)).count == 70)
    }

    @Test func samplesFollowTheDistribution() {
        let d = BosonSampling(interferometer: .haar(modes: 4, seed: 9), photons: 2).distribution()
        let shots = 40_000
        let samples = d.sample(count: shots, seed: 2)
        #expect(samples == d.sample(count: shots, seed: 2))
        var counts: [[Int]: Int] = [:]
        for s in samples { counts[s, default: 0] += 1 }
        for (s, p) in zip(d.patterns, d.probabilities) {
            let f = Double(counts[s] ?? 0) / Double(shots)
            #expect(abs(f - p) <= 5 * (p * (1 - p) / Double(shots)).squareRoot() + 1e-9, "\(s): \(f) against \(p)")
        }
    }

    @Test func amplitudesAndSubmatrices() {
        let u = Interferometer.haar(modes: 4, seed: 2)
        let b = BosonSampling(interferometer: u, photons: 2)
        #expect(b.submatrix([0, 2, 0, 0]) == [[u.unitary[1][0], u.unitary[1][1]], [u.unitary[1][0], u.unitary[1][1]]])
        let a = b.amplitude([0, 2, 0, 0])
        // Both photons to mode 1: amplitude √2 · U₁₀ U₁₁.
        #expect((a - 2.0.squareRoot() * (u.unitary[1][0] * u.unitary[1][1])).magnitude < 1e-15)
    }

    @Test func badInputIsRefused() {
        #expect(throws: QGenError.invalidArgument("the matrix is not unitary: U†U differs from the identity by 1.0")) {
            try Interferometer.checked(unitary: [[1, 1], [0, 1]])
        }
        #expect(throws: QGenError.self) { try Interferometer.checked(unitary: [[1, 0]]) }
        #expect(throws: QGenError.self) { try Interferometer.checkedHaar(modes: 0, seed: 1) }
        #expect(throws: QGenError.self) { try Interferometer.checkedBeamSplitter(transmissivity: 1.5) }
        let u = Interferometer.haar(modes: 4, seed: 1)
        #expect(throws: QGenError.invalidArgument("one photon per input mode: 0...4 photons for 4 modes, got 5")) {
            try BosonSampling.checked(interferometer: u, photons: 5)
        }
        let b = BosonSampling(interferometer: u, photons: 2)
        #expect(throws: QGenError.invalidArgument("photons are conserved: the output [1, 1, 1, 0] holds 3, the input 2")) {
            try b.checkedProbability([1, 1, 1, 0])
        }
        #expect(throws: QGenError.sizeMismatch(what: "output occupation (one count per mode)", expected: 4, got: 3)) {
            try b.checkedProbability([1, 1, 0])
        }
        #expect(throws: QGenError.self) { try b.checkedProbability([3, -1, 0, 0]) }
        #expect(throws: QGenError.self) { try BosonSampling.checked(interferometer: u, input: [20, 11, 0, 0]) }
        let wide = BosonSampling(interferometer: .haar(modes: 40, seed: 1), photons: 12)
        #expect(throws: QGenError.invalidArgument("12 photons in 40 modes make 158753389900 patterns; at most 1000000 are enumerated")) {
            try wide.checkedDistribution()
        }
        #expect(throws: QGenError.self) { try b.distribution().checkedProbability(of: [2, 1, 0, 0]) }
    }
}
