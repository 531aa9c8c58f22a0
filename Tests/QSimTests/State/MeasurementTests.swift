import Testing
@testable import QSim

struct MeasurementTests {
    @Test func probabilitiesMarginalsAndBitOrder() {
        var c = Circuit(qubits: 3)
        c.x(0)                       // |100⟩ = index 4: qubit 0 is the most significant bit
        c.ry(2 * 0.5235987755982988, 2)  // qubit 2: cos²(π/6) = 0.75 on |0⟩
        let psi = c.run()
        let p = psi.probabilities()
        #expect(abs(p[4] - 0.75) < 1e-12 && abs(p[5] - 0.25) < 1e-12)
        #expect(psi.marginalProbabilities(qubits: [0]) == [0, 1])
        let m = psi.marginalProbabilities(qubits: [2, 0])   // first listed = most significant
        #expect(abs(m[1] - 0.75) < 1e-12 && abs(m[3] - 0.25) < 1e-12)
        #expect(StateVector.bitstring(4, qubits: 3) == "100")
        #expect(abs(psi.probabilityOfOne(2) - 0.25) < 1e-12)
    }

    @Test func samplingIsSeededAndPassesChiSquare() {
        let psi = StateVector(amplitudes: Reference.randomState(qubits: 4, seed: 5))
        let a = psi.sample(shots: 50_000, seed: 7)
        #expect(a == psi.sample(shots: 50_000, seed: 7))
        #expect(a != psi.sample(shots: 50_000, seed: 8))
        let p = psi.probabilities()
        var counts = [Double](repeating: 0, count: 16)
        for s in a { counts[s] += 1 }
        let chi2 = (0..<16).reduce(0.0) { acc, i in
            let e = p[i] * 50_000
            return acc + (counts[i] - e) * (counts[i] - e) / e
        }
        #expect(chi2 < 37.7)   // χ²(15) 0.999 quantile
    }

    @Test func samplesAreTheInverseCDFOfTheirUniforms() {
        // The guide table must return exactly what a binary search on the CDF returns.
        let p = Reference.randomState(qubits: 6, seed: 1).map(\.magnitudeSquared)
        var pz = p
        pz[3] = 0; pz[40] = 0
        let total = pz.reduce(0, +)
        pz = pz.map { $0 / total }
        let sampler = Sampler(probabilities: pz)
        let s = sampler.sample(shots: 5000, seed: 3)
        var rng = SeededGenerator(seed: 3)
        for k in 0..<5000 {
            let u = rng.nextDouble()
            var lo = 0, hi = pz.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if sampler.cdf[mid] > u { hi = mid } else { lo = mid + 1 }
            }
            #expect(s[k] == lo)
            #expect(pz[s[k]] > 0)
        }
    }

    @Test func countsUseBitstrings() {
        var c = Circuit(qubits: 2)
        c.x(1)
        #expect(c.run().counts(shots: 10, seed: 1) == ["01": 10])
        #expect(throws: QSimError.invalidProbability(what: "the sum of the probabilities", value: 0.5)) {
            try Sampler.validate(probabilities: [0.25, 0.25])
        }
    }
}
