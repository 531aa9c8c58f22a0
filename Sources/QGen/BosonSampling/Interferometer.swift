import QSim

/// A linear-optical interferometer on `modes` modes, given by its unitary: a photon entering
/// mode j leaves in mode i with amplitude `unitary[i][j]` (a†ⱼ ↦ Σᵢ U_ij b†ᵢ).
public struct Interferometer: Codable, Hashable, Sendable {
    public let unitary: [[Complex]]
    public var modes: Int { unitary.count }

    /// The largest interferometer offered (a Haar draw is an m³ QR decomposition).
    public static let maximumModes = 500

    public init(unitary: [[Complex]]) {
        self = orTrap { try Interferometer.checked(unitary: unitary) }
    }

    /// `init(unitary:)`, throwing instead of trapping: the matrix must be square and unitary
    /// (‖U†U − I‖ ≤ 1e-9 entrywise).
    public static func checked(unitary u: [[Complex]]) throws(QGenError) -> Interferometer {
        let m = u.count
        try require(m >= 1 && m <= maximumModes, "an interferometer has 1...\(maximumModes) modes, got \(m)")
        for (i, row) in u.enumerated() where row.count != m {
            throw .invalidArgument("an interferometer's unitary is square: row \(i) has \(row.count) entries, the matrix \(m) rows")
        }
        try require(u.allSatisfy { $0.allSatisfy { $0.re.isFinite && $0.im.isFinite } }, "the unitary's entries must be finite")
        let deviation = unitarityError(u)
        try require(deviation <= 1e-9, "the matrix is not unitary: U†U differs from the identity by \(deviation)")
        return Interferometer(unchecked: u)
    }

    init(unchecked u: [[Complex]]) { unitary = u }

    /// A Haar-random interferometer (the uniform measure on U(m)), reproducible for a seed:
    /// Householder QR of a complex Gaussian matrix, Q's columns then multiplied by the phases of
    /// R's diagonal (Mezzadri 2007), without which Q is not Haar-distributed.
    public static func haar(modes: Int, seed: Int) -> Interferometer {
        orTrap { try checkedHaar(modes: modes, seed: seed) }
    }

    public static func checkedHaar(modes m: Int, seed: Int) throws(QGenError) -> Interferometer {
        try require(m >= 1 && m <= maximumModes, "an interferometer has 1...\(maximumModes) modes, got \(m)")
        var rng = SeededGenerator(seed: seed)
        // Ginibre: independent entries (x + iy)/√2 with x, y standard normal.
        let s = 0.5.squareRoot()
        var a = (0..<m).map { _ in (0..<m).map { _ in Complex(rng.nextGaussian() * s, rng.nextGaussian() * s) } }
        var q = (0..<m).map { i in (0..<m).map { j in i == j ? Complex.one : .zero } }
        var phases = [Complex](repeating: .one, count: m)
        for k in 0..<m {
            // The reflection H = I − 2vv†/(v†v) taking a[k...][k] to r_kk·e_k, r_kk = −e^{i arg x₀}‖x‖.
            var norm2 = 0.0
            for i in k..<m { norm2 += a[i][k].magnitudeSquared }
            let norm = norm2.squareRoot()
            if norm == 0 { continue }
            let x0 = a[k][k]
            let unit = x0.magnitude == 0 ? Complex.one : x0 / x0.magnitude
            let r = -(norm * unit)
            phases[k] = -unit
            var v = (k..<m).map { a[$0][k] }
            v[0] = v[0] - r
            var vv = 0.0
            for z in v { vv += z.magnitudeSquared }
            if vv == 0 { continue }
            // A ← H·A on rows k..., columns k...
            for j in k..<m {
                var dot = Complex.zero
                for i in k..<m { dot += v[i - k].conjugate * a[i][j] }
                let f = (2 / vv) * dot
                for i in k..<m { a[i][j] -= f * v[i - k] }
            }
            // Q ← Q·H on columns k...
            for i in 0..<m {
                var dot = Complex.zero
                for l in k..<m { dot += q[i][l] * v[l - k] }
                let f = (2 / vv) * dot
                for l in k..<m { q[i][l] -= f * v[l - k].conjugate }
            }
        }
        // Q·diag(r_kk/|r_kk|): the factorisation whose R has a positive diagonal, unique, Haar.
        for i in 0..<m { for k in 0..<m { q[i][k] = q[i][k] * phases[k] } }
        return Interferometer(unchecked: q)
    }

    /// A beam splitter on two modes, [[t, −r], [r, t]] with t = √T and r = √(1 − T);
    /// T = 1/2 is the 50:50 splitter of the Hong–Ou–Mandel experiment.
    public static func beamSplitter(transmissivity: Double = 0.5) -> Interferometer {
        orTrap { try checkedBeamSplitter(transmissivity: transmissivity) }
    }

    public static func checkedBeamSplitter(transmissivity t: Double) throws(QGenError) -> Interferometer {
        try require(t >= 0 && t <= 1, "a transmissivity lies in 0...1, got \(t)")
        let a = Complex(t.squareRoot()), b = Complex((1 - t).squareRoot())
        return Interferometer(unchecked: [[a, -b], [b, a]])
    }

    /// The largest entry of |U†U − I|.
    static func unitarityError(_ u: [[Complex]]) -> Double {
        let m = u.count
        var worst = 0.0
        for i in 0..<m {
            for j in 0..<m {
                var s = Complex.zero
                for k in 0..<m { s += u[k][i].conjugate * u[k][j] }
                if i == j { s -= .one }
                worst = max(worst, s.magnitude)
            }
        }
        return worst
    }
}

extension Interferometer: CustomStringConvertible {
    public var description: String { "Interferometer(modes: \(modes))" }
}
