import Foundation
import QSim

/// Exact samples of the classical Ising chain E(s) = −J Σᵢ sᵢsᵢ₊₁ (sᵢ = ±1, no field) at
/// temperature T, at any length: the 1,000-spin data of the IQP scaling tutorial.
///
/// With t = tanh(J/T), the transfer matrix Tₐᵦ = e^{βJab} has eigenvalues 2cosh βJ and 2sinh βJ,
/// so (Tᵏ)ₐᵦ ∝ 1 + ab·tᵏ. An open chain is a Markov chain: s₀ is ±1 with probability ½ and each
/// next spin equals the last with probability (1 + t)/2, so ⟨s₀sᵣ⟩ = tʳ. A periodic chain of N
/// spins draws sᵢ₊₁ given sᵢ and s₀ with weight Tₛᵢₛᵢ₊₁ (T^{N−1−i})ₛᵢ₊₁ₛ₀, the ratio of the
/// partition functions of what is left of the ring; then ⟨s₀sᵣ⟩ = (tʳ + t^{N−r})/(1 + t^N).
/// Rows hold bits, spin +1 as 1.
extension IsingChain {
    public static func thermalSamples(spins n: Int, coupling j: Double = 1, temperature: Double, periodic: Bool = false,
                                      count: Int, seed: Int) -> [[Int]] {
        orTrap { try checkedThermalSamples(spins: n, coupling: j, temperature: temperature, periodic: periodic, count: count, seed: seed) }
    }

    public static func checkedThermalSamples(spins n: Int, coupling j: Double = 1, temperature: Double, periodic: Bool = false,
                                             count: Int, seed: Int) throws(QGenError) -> [[Int]] {
        try require(n >= 2 && n <= 1_000_000, "the chain has 2...1000000 spins, got \(n)")
        try require(j.isFinite, "the coupling must be finite, got \(j)")
        try require(temperature.isFinite && temperature > 0, "the temperature must be positive and finite, got \(temperature)")
        try require(count >= 0 && count.multipliedReportingOverflow(by: n).partialValue <= 100_000_000,
                    "count × spins must be at most 100000000, got \(count) × \(n)")
        let t = tanh(j / temperature)
        var rng = SeededGenerator(seed: seed)
        // tᵏ for the periodic chain's remaining ring, k = 0…N.
        var power = [Double](repeating: 1, count: n + 1)
        for k in 1...n { power[k] = power[k - 1] * t }
        return (0..<count).map { _ in
            var s = [Int](repeating: 0, count: n)
            s[0] = rng.nextDouble() < 0.5 ? 1 : -1
            for i in 0..<(n - 1) {
                let same: Double
                if periodic {
                    // Weights of s_{i+1} = ±s_i: (1 ± t)(1 ± s_i s_0 t^{N−1−i}) (the ring closes on s_0).
                    let k = n - 1 - i, c = Double(s[i] * s[0]) * power[k]
                    let keep = (1 + t) * (1 + c), flip = (1 - t) * (1 - c)
                    same = keep / (keep + flip)
                } else {
                    same = (1 + t) / 2
                }
                s[i + 1] = rng.nextDouble() < same ? s[i] : -s[i]
            }
            return s.map { $0 == 1 ? 1 : 0 }
        }
    }

    /// ⟨sᵢ sᵢ₊ᵣ⟩ in closed form: tʳ on an open chain, (tʳ + t^{N−r})/(1 + t^N) on a ring of N.
    public static func correlation(distance r: Int, spins n: Int, coupling j: Double = 1, temperature: Double, periodic: Bool = false) -> Double {
        let t = tanh(j / temperature)
        return periodic ? (pow(t, Double(r)) + pow(t, Double(n - r))) / (1 + pow(t, Double(n))) : pow(t, Double(r))
    }
}
