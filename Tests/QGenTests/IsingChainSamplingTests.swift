import Foundation
import Testing
import QSim
import QGen

/// The exact chain sampler against the closed-form correlations, and the periodic sampler against
/// the Boltzmann distribution enumerated over every configuration of a short ring.
@Suite struct IsingChainSamplingTests {
    func spin(_ b: Int) -> Double { b == 1 ? 1 : -1 }

    @Test func openChainCorrelationsAreTanhPowers() {
        let n = 1000, count = 400
        let rows = IsingChain.thermalSamples(spins: n, coupling: 1, temperature: 2, count: count, seed: 3)
        #expect(rows.count == count && rows.allSatisfy { $0.count == n })
        for r in [1, 2, 5] {
            // Pairs along the chain, far enough apart to be nearly independent at this t ≈ 0.46.
            var values: [Double] = []
            for x in rows { for i in stride(from: 0, to: n - r, by: 20) { values.append(spin(x[i]) * spin(x[i + r])) } }
            let mean = values.reduce(0, +) / Double(values.count)
            let sd = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
            let exact = IsingChain.correlation(distance: r, spins: n, coupling: 1, temperature: 2)
            #expect(abs(exact - pow(tanh(0.5), Double(r))) < 1e-15)
            #expect(abs(mean - exact) < 4 * sd / Double(values.count).squareRoot(), "r=\(r): \(mean) vs \(exact)")
        }
    }

    @Test func periodicChainIsTheBoltzmannDistribution() {
        let n = 6, j = 0.8, temperature = 1.3
        var weights = [Double](repeating: 0, count: 1 << n)
        for x in 0..<(1 << n) {
            var e = 0.0
            for i in 0..<n { e -= j * spin((x >> (n - 1 - i)) & 1) * spin((x >> (n - 1 - (i + 1) % n)) & 1) }
            weights[x] = exp(-e / temperature)
        }
        let z = weights.reduce(0, +)
        let rows = IsingChain.thermalSamples(spins: n, coupling: j, temperature: temperature, periodic: true, count: 40_000, seed: 5)
        var counts = [Double](repeating: 0, count: 1 << n)
        for x in rows { counts[x.reduce(0) { $0 << 1 | $1 }] += 1 }
        for x in 0..<(1 << n) {
            let p = weights[x] / z, f = counts[x] / Double(rows.count)
            #expect(abs(f - p) < 4 * (p * (1 - p) / Double(rows.count)).squareRoot() + 1e-4, "x=\(x): \(f) vs \(p)")
        }
        // The ring's closed form, from the enumerated distribution.
        for r in 1..<n {
            var c = 0.0
            for x in 0..<(1 << n) { c += weights[x] / z * spin((x >> (n - 1)) & 1) * spin((x >> (n - 1 - r)) & 1) }
            #expect(abs(c - IsingChain.correlation(distance: r, spins: n, coupling: j, temperature: temperature, periodic: true)) < 1e-12)
        }
    }

    @Test func badArgumentsAreErrors() {
        #expect(throws: QGenError.self) { _ = try IsingChain.checkedThermalSamples(spins: 1, temperature: 1, count: 1, seed: 0) }
        #expect(throws: QGenError.self) { _ = try IsingChain.checkedThermalSamples(spins: 10, temperature: 0, count: 1, seed: 0) }
    }
}
