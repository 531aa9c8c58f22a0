import QScript
import QSim

extension Prelude {
    /// QSim's `SeededGenerator`, a `RandomNumberGenerator`: its own draws, and the standard
    /// library's `random(in:using:)`, `shuffled(using:)`, `randomElement(using:)` through it.
    static var random: [Binding] {
        [
            Binding(SeededGenerator.self, "SeededGenerator") { t in
                t.initializer("init(seed: Int)") { (seed: Int) in SeededGenerator(seed: seed) }
                t.mutatingMethod("nextDouble() -> Double") { (g: inout SeededGenerator) in g.nextDouble() }
                t.mutatingMethod("nextInt(below: Int) -> Int") { (g: inout SeededGenerator, bound: Int) in
                    // The generator's precondition, as an error the cell reports instead of a crash.
                    guard bound > 0 else { throw ScriptError("bound must be positive") }
                    return g.nextInt(below: bound)
                }
                t.mutatingMethod("nextGaussian() -> Double") { (g: inout SeededGenerator) in g.nextGaussian() }
                t.randomNumberGenerator()
                t.description { _ in "SeededGenerator(...)" }
            },
        ]
    }
}
