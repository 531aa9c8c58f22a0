import QScript

// A fake model library with the shapes the course's models have: a protocol (`Penalty`, like
// `Loss`) with conforming types, a method with six parameters, defaults, a closure the library
// calls back, and a tuple result. Expected outputs come from calling the same Swift code.

protocol Penalty {
    func value(_ xs: [Double]) -> Double
}

struct SquarePenalty: Penalty, CustomStringConvertible {
    var weight: Double
    func value(_ xs: [Double]) -> Double { weight * xs.reduce(0) { $0 + $1 * $1 } }
    var description: String { "SquarePenalty(weight: \(weight))" }
}

struct AbsPenalty: Penalty, CustomStringConvertible {
    func value(_ xs: [Double]) -> Double { xs.reduce(0) { $0 + abs($1) } }
    var description: String { "AbsPenalty()" }
}

struct Fitter: CustomStringConvertible {
    var fits = 0

    /// Gradient-free "training": shrinks the data by `rate` each step, reporting the penalty.
    mutating func fit(data: [Double], penalty: any Penalty, rate: Double = 0.1, steps: Int = 3, seed: Int = 0,
                      onStep: ((Int, Double) throws -> Void)? = nil) throws -> (best: Double, history: [Double]) {
        var xs = data.map { $0 + Double(seed) / 100 }
        var history: [Double] = []
        for step in 0..<steps {
            xs = xs.map { $0 * (1 - rate) }
            let loss = penalty.value(xs)
            history.append(loss)
            try onStep?(step, loss)
        }
        fits += 1
        return (history.min() ?? 0, history)
    }

    var description: String { "Fitter(fits: \(fits))" }
}

/// The library as cells see it.
func fitterBindings() -> [Binding] {
    [
        Binding(Fitter.self, "Fitter") { t in
            t.initializer("init()") { Fitter() }
            t.property("fits") { $0.fits }
            t.mutatingMethod("""
                fit(data: [Double], penalty: any Penalty, rate: Double = 0.1, steps: Int = 3, seed: Int = 0,
                    onStep: ((Int, Double) -> Void)? = nil) -> (best: Double, history: [Double])
                """) { (f: inout Fitter, data: [Double], penalty: any Penalty, rate: Double, steps: Int, seed: Int,
                        onStep: ((Int, Double) throws -> Void)?) in
                try f.fit(data: data, penalty: penalty, rate: rate, steps: steps, seed: seed, onStep: onStep)
            }
        },
        .protocol((any Penalty).self, "Penalty") { t in
            t.method("value(_:)") { (p: any Penalty, xs: [Double]) in p.value(xs) }
        },
        Binding(SquarePenalty.self, "SquarePenalty", conformsTo: ["Penalty"]) { t in
            t.initializer("init(weight: Double = 1)") { (w: Double) in SquarePenalty(weight: w) }
            t.property("weight") { $0.weight }
        },
        Binding(AbsPenalty.self, "AbsPenalty", conformsTo: ["Penalty"]) { t in
            t.initializer("init()") { AbsPenalty() }
        },
        .closure(((Int, Double) throws -> Void).self),
        .function("total(of: [Double], scaledBy factor: Double = 1) -> Double") { (xs: [Double], k: Double) in
            xs.reduce(0, +) * k
        },
    ]
}
