// The standard library's random draws through QSim's seeded generator: the same numbers as
// the compiled program, run after run.
var g = SeededGenerator(seed: 2026)
let uniform = (0..<4).map { _ in Double.random(in: 0..<1, using: &g) }
print(uniform)
print(Double.random(in: -2.5...2.5, using: &g))
print(Float.random(in: 0..<10, using: &g))
print((0..<8).map { _ in Int.random(in: 1...6, using: &g) })
print(Int.random(in: -100..<100, using: &g))
print((0..<6).map { _ in Bool.random(using: &g) })
let deck = Array(1...10)
print(deck.shuffled(using: &g))
print(deck.randomElement(using: &g) as Any)
print([Int]().randomElement(using: &g) as Any)
print("qubit".shuffled(using: &g))
print(g.nextDouble(), g.nextInt(below: 1000), g.nextGaussian())

// Two generators with the same seed agree; a copy continues independently.
var a = SeededGenerator(seed: 7)
var b = SeededGenerator(seed: 7)
var c = a
print(Double.random(in: 0..<1, using: &a) == Double.random(in: 0..<1, using: &b))
_ = Double.random(in: 0..<1, using: &c)
print(a.nextInt(below: 1_000_000) == c.nextInt(below: 1_000_000))
