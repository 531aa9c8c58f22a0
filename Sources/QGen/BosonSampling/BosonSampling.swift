import Foundation
import QSim

/// BosonSampling (Aaronson & Arkhipov 2011): photons enter an interferometer in the occupation
/// pattern `input` and are counted per output mode. For an output pattern s, with U_{S,T} the
/// n × n matrix of U's rows for the occupied outputs (row i repeated sᵢ times) and columns for
/// the occupied inputs (column j repeated tⱼ times):
///
/// - indistinguishable photons (bosons): P(s) = |Perm(U_{S,T})|² / (Πᵢ sᵢ! Πⱼ tⱼ!);
/// - distinguishable particles: P(s) = Perm(|U_{S,T}|²) / Πᵢ sᵢ!, |·|² entrywise.
public struct BosonSampling: Codable, Hashable, Sendable {
    public let interferometer: Interferometer
    /// Photons per input mode.
    public let input: [Int]
    public var photons: Int { input.reduce(0, +) }
    public var modes: Int { interferometer.modes }

    /// The most photons a probability is computed for (the permanent's limit).
    public static let maximumPhotons = 30
    /// The most patterns an exact distribution enumerates.
    public static let maximumPatterns = 1_000_000

    /// One photon in each of the first `photons` modes, the standard BosonSampling input.
    public init(interferometer: Interferometer, photons: Int) {
        self = orTrap { try BosonSampling.checked(interferometer: interferometer, photons: photons) }
    }

    public init(interferometer: Interferometer, input: [Int]) {
        self = orTrap { try BosonSampling.checked(interferometer: interferometer, input: input) }
    }

    public static func checked(interferometer: Interferometer, photons n: Int) throws(QGenError) -> BosonSampling {
        try require(n >= 0 && n <= interferometer.modes,
                    "one photon per input mode: 0...\(interferometer.modes) photons for \(interferometer.modes) modes, got \(n)")
        return try checked(interferometer: interferometer, input: (0..<interferometer.modes).map { $0 < n ? 1 : 0 })
    }

    public static func checked(interferometer: Interferometer, input: [Int]) throws(QGenError) -> BosonSampling {
        let m = interferometer.modes
        if input.count != m { throw .sizeMismatch(what: "input occupation (one count per mode)", expected: m, got: input.count) }
        try require(input.allSatisfy { $0 >= 0 }, "occupations are never negative, got \(input)")
        let n = input.reduce(0) { $0 + min($1, maximumPhotons + 1) }
        try require(n <= maximumPhotons, "at most \(maximumPhotons) photons (the permanent's limit), got \(input.reduce(0, &+))")
        return BosonSampling(unchecked: interferometer, input)
    }

    private init(unchecked interferometer: Interferometer, _ input: [Int]) {
        self.interferometer = interferometer
        self.input = input
    }

    /// U_{S,T}: rows for the output pattern's photons, columns for the input's.
    public func submatrix(_ output: [Int]) -> [[Complex]] { orTrap { try checkedSubmatrix(output) } }

    public func checkedSubmatrix(_ output: [Int]) throws(QGenError) -> [[Complex]] {
        try validate(output)
        let rows = Self.modeList(output), columns = Self.modeList(input)
        return rows.map { i in columns.map { j in interferometer.unitary[i][j] } }
    }

    /// The amplitude ⟨s|φ(U)|t⟩ = Perm(U_{S,T}) / √(Π sᵢ! Π tⱼ!) for indistinguishable photons.
    public func amplitude(_ output: [Int]) -> Complex { orTrap { try checkedAmplitude(output) } }

    public func checkedAmplitude(_ output: [Int]) throws(QGenError) -> Complex {
        let a = try checkedSubmatrix(output)
        let p = try checkedPermanent(a, method: .glynn)
        return p / (Self.factorials(output) * Self.factorials(input)).squareRoot()
    }

    /// The probability of the output pattern `output` (photons per output mode).
    public func probability(_ output: [Int], distinguishable: Bool = false) -> Double {
        orTrap { try checkedProbability(output, distinguishable: distinguishable) }
    }

    public func checkedProbability(_ output: [Int], distinguishable: Bool = false) throws(QGenError) -> Double {
        if !distinguishable { return try checkedAmplitude(output).magnitudeSquared }
        try validate(output)
        let rows = Self.modeList(output), columns = Self.modeList(input)
        let n = rows.count
        var m = [Double](repeating: 0, count: n * n)
        for (i, r) in rows.enumerated() {
            for (j, c) in columns.enumerated() { m[j * n + i] = interferometer.unitary[r][c].magnitudeSquared }
        }
        return try PermanentKernels.glynnReal(n, m) / Self.factorials(output)
    }

    /// Every output pattern with its probability, patterns in lexicographic order of their
    /// photons' modes ([n, 0, …] first, [… 0, n] last).
    public func distribution(distinguishable: Bool = false) -> BosonDistribution {
        orTrap { try checkedDistribution(distinguishable: distinguishable) }
    }

    public func checkedDistribution(distinguishable: Bool = false) throws(QGenError) -> BosonDistribution {
        let patterns = try Self.checkedPatterns(photons: photons, modes: modes)
        var probabilities: [Double] = []
        probabilities.reserveCapacity(patterns.count)
        for s in patterns {
            probabilities.append(try checkedProbability(s, distinguishable: distinguishable))
            try sim { () throws(QSimError) in try ExecutionBudget.current.checkTime() }
        }
        return BosonDistribution(modes: modes, photons: photons, patterns: patterns, probabilities: probabilities)
    }

    /// The number of ways to place n photons in m modes, C(n + m − 1, n).
    public static func patternCount(photons n: Int, modes m: Int) -> Int {
        orTrap { try checkedPatternCount(photons: n, modes: m) }
    }

    public static func checkedPatternCount(photons n: Int, modes m: Int) throws(QGenError) -> Int {
        try require(n >= 0 && m >= 1, "patterns need photons ≥ 0 and modes ≥ 1, got \(n) and \(m)")
        // C(n + m − 1, k) built up term by term, each intermediate value itself a binomial.
        let k = min(n, m - 1)
        var c = 1
        for i in 0..<k {
            let (product, overflow) = c.multipliedReportingOverflow(by: n + m - 1 - i)
            try require(!overflow, "C(\(n + m - 1), \(n)) overflows Int")
            c = product / (i + 1)
        }
        return c
    }

    /// Every occupation pattern of n photons in m modes, in the order `distribution()` uses.
    public static func patterns(photons n: Int, modes m: Int) -> [[Int]] {
        orTrap { try checkedPatterns(photons: n, modes: m) }
    }

    public static func checkedPatterns(photons n: Int, modes m: Int) throws(QGenError) -> [[Int]] {
        let count = try checkedPatternCount(photons: n, modes: m)
        try require(count <= maximumPatterns, "\(n) photons in \(m) modes make \(count) patterns; at most \(maximumPatterns) are enumerated")
        // Non-decreasing mode lists (o₁ ≤ … ≤ oₙ) in lexicographic order, each one pattern.
        var result: [[Int]] = []
        result.reserveCapacity(count)
        var modes = [Int](repeating: 0, count: n)
        while true {
            var s = [Int](repeating: 0, count: m)
            for o in modes { s[o] += 1 }
            result.append(s)
            var i = n - 1
            while i >= 0 && modes[i] == m - 1 { i -= 1 }
            if i < 0 { break }
            modes[i] += 1
            for j in (i + 1)..<n { modes[j] = modes[i] }
        }
        return result
    }

    private func validate(_ output: [Int]) throws(QGenError) {
        if output.count != modes { throw .sizeMismatch(what: "output occupation (one count per mode)", expected: modes, got: output.count) }
        try require(output.allSatisfy { $0 >= 0 }, "occupations are never negative, got \(output)")
        let total = output.reduce(0) { $0 + min($1, Self.maximumPhotons + 1) }
        try require(total == photons, "photons are conserved: the output \(output) holds \(output.reduce(0, &+)), the input \(photons)")
    }

    /// Each photon's mode, in mode order (mode i listed sᵢ times).
    static func modeList(_ occupation: [Int]) -> [Int] {
        occupation.enumerated().flatMap { mode, count in [Int](repeating: mode, count: count) }
    }

    static func factorials(_ occupation: [Int]) -> Double {
        occupation.reduce(1.0) { product, k in (1...max(k, 1)).reduce(product) { $0 * Double($1) } }
    }
}

extension BosonSampling: CustomStringConvertible {
    public var description: String { "BosonSampling(photons: \(photons), modes: \(modes))" }
}
