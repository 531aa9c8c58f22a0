import QGen
import QScript
import QSim

extension Prelude {
    /// Permanents (Ryser, Glynn, the n! sum), interferometers (Haar-random, beam splitters) and
    /// BosonSampling's exact output probabilities, bosonic and distinguishable.
    static var bosonSampling: [Binding] {
        [
            Binding(PermanentMethod.self, "PermanentMethod") { t in
                for (name, m) in [("ryser", PermanentMethod.ryser), ("glynn", .glynn), ("naive", .naive)] { t.staticProperty(name) { m } }
                t.property("rawValue") { $0.rawValue }
                t.property("maximumSize") { $0.maximumSize }
            },
            .function("permanent(_ matrix: [[Complex]], method: PermanentMethod = .ryser) -> Complex") {
                (a: [[Complex]], method: PermanentMethod) in try checkedPermanent(a, method: method)
            },
            Binding(Interferometer.self, "Interferometer") { t in
                t.initializer("init(unitary:)") { (u: [[Complex]]) in try Interferometer.checked(unitary: u) }
                t.staticMethod("haar(modes:seed:)") { (m: Int, seed: Int) in try Interferometer.checkedHaar(modes: m, seed: seed) }
                t.staticMethod("beamSplitter(transmissivity: Double = 0.5) -> Interferometer") { (t: Double) in
                    try Interferometer.checkedBeamSplitter(transmissivity: t)
                }
                t.property("unitary") { $0.unitary }
                t.property("modes") { $0.modes }
            },
            Binding(BosonSampling.self, "BosonSampling") { t in
                t.initializer("init(interferometer:photons:)") { (u: Interferometer, n: Int) in
                    try BosonSampling.checked(interferometer: u, photons: n)
                }
                t.initializer("init(interferometer:input:)") { (u: Interferometer, input: [Int]) in
                    try BosonSampling.checked(interferometer: u, input: input)
                }
                t.property("interferometer") { $0.interferometer }
                t.property("input") { $0.input }
                t.property("photons") { $0.photons }
                t.property("modes") { $0.modes }
                t.method("submatrix(_:)") { (b: BosonSampling, s: [Int]) in try b.checkedSubmatrix(s) }
                t.method("amplitude(_:)") { (b: BosonSampling, s: [Int]) in try b.checkedAmplitude(s) }
                t.method("probability(_ output: [Int], distinguishable: Bool = false) -> Double") { (b: BosonSampling, s: [Int], d: Bool) in
                    try b.checkedProbability(s, distinguishable: d)
                }
                t.method("distribution(distinguishable: Bool = false) -> BosonDistribution") { (b: BosonSampling, d: Bool) in
                    try b.checkedDistribution(distinguishable: d)
                }
                t.staticMethod("patterns(photons:modes:)") { (n: Int, m: Int) in try BosonSampling.checkedPatterns(photons: n, modes: m) }
                t.staticMethod("patternCount(photons:modes:)") { (n: Int, m: Int) in try BosonSampling.checkedPatternCount(photons: n, modes: m) }
            },
            Binding(BosonDistribution.self, "BosonDistribution") { t in
                t.property("modes") { $0.modes }
                t.property("photons") { $0.photons }
                t.property("patterns") { $0.patterns }
                t.property("probabilities") { $0.probabilities }
                t.property("collisionFreeProbability") { $0.collisionFreeProbability }
                t.property("bunchedProbability") { $0.bunchedProbability }
                t.method("probability(of:)") { (d: BosonDistribution, s: [Int]) in try d.checkedProbability(of: s) }
                t.method("sample(count:seed:)") { (d: BosonDistribution, n: Int, seed: Int) in try d.checkedSample(count: n, seed: seed) }
                t.staticMethod("isCollisionFree(_:)") { (s: [Int]) in BosonDistribution.isCollisionFree(s) }
            },
        ]
    }
}
