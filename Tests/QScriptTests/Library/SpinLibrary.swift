import QScript

// A fake library whose operators have the shapes of QSim's Pauli strings and observables:
// `Spin * Spin -> Spin`, `Double * Spin -> Spin`, `Spin + Spin -> SpinSum`, ... and a `Probe`
// with overloaded methods. The expected outputs of `OverloadInferenceTests` were recorded by
// compiling the same cells with swiftc against these declarations (as free operators).

struct Spin: Equatable, CustomStringConvertible {
    var text: String
    static func up(_ q: Int) -> Spin { Spin(text: "U\(q)") }
    static func down(_ q: Int) -> Spin { Spin(text: "D\(q)") }
    static var zero: Spin { Spin(text: "0") }
    static func * (a: Spin, b: Spin) -> Spin { Spin(text: a.text + b.text) }
    static func * (k: Double, s: Spin) -> Spin { Spin(text: "\(k)" + s.text) }
    static func * (s: Spin, k: Double) -> Spin { Spin(text: s.text + "\(k)") }
    static func + (a: Spin, b: Spin) -> SpinSum { SpinSum(terms: [a, b]) }
    static func - (a: Spin, b: Spin) -> SpinSum { SpinSum(terms: [a, Spin(text: "-" + b.text)]) }
    var description: String { text }
}

struct SpinSum: CustomStringConvertible {
    var terms: [Spin]
    static var zero: SpinSum { SpinSum(terms: []) }
    static func + (a: SpinSum, b: Spin) -> SpinSum { SpinSum(terms: a.terms + [b]) }
    static func + (a: SpinSum, b: SpinSum) -> SpinSum { SpinSum(terms: a.terms + b.terms) }
    static func * (k: Double, s: SpinSum) -> SpinSum { SpinSum(terms: s.terms.map { k * $0 }) }
    var description: String { terms.isEmpty ? "0" : terms.map(\.text).joined(separator: " + ") }
}

struct Probe {
    func measure(_ s: Spin) -> String { "spin \(s)" }
    func measure(_ s: SpinSum) -> String { "sum \(s)" }
    func num(_ x: Int) -> String { "Int \(x)" }
    func num(_ x: Double) -> String { "Double \(x)" }
    func opt(_ x: Int?) -> String { "Int? \(String(describing: x))" }
    func opt(_ x: Double) -> String { "Double \(x)" }
}

func spinLibrary() -> Library {
    Library(bindings: [
        Binding(Spin.self, "Spin") { t in
            t.staticMethod("up(_:)") { (q: Int) in Spin.up(q) }
            t.staticMethod("down(_:)") { (q: Int) in Spin.down(q) }
            t.staticProperty("zero") { Spin.zero }
        },
        Binding(SpinSum.self, "SpinSum") { t in
            t.staticProperty("zero") { SpinSum.zero }
        },
        Binding(Probe.self, "Probe") { t in
            t.initializer("init()") { Probe() }
            t.method("measure(_:)") { (p: Probe, s: Spin) in p.measure(s) }
            t.method("measure(_:)") { (p: Probe, s: SpinSum) in p.measure(s) }
            t.method("num(_:)") { (p: Probe, x: Int) in p.num(x) }
            t.method("num(_:)") { (p: Probe, x: Double) in p.num(x) }
            t.method("opt(_:)") { (p: Probe, x: Int?) in p.opt(x) }
            t.method("opt(_:)") { (p: Probe, x: Double) in p.opt(x) }
        },
        .operator("*") { (a: Spin, b: Spin) in a * b },
        .operator("*") { (k: Double, s: Spin) in k * s },
        .operator("*") { (s: Spin, k: Double) in s * k },
        .operator("+") { (a: Spin, b: Spin) in a + b },
        .operator("-") { (a: Spin, b: Spin) in a - b },
        .operator("+") { (a: SpinSum, b: Spin) in a + b },
        .operator("+") { (a: SpinSum, b: SpinSum) in a + b },
        .operator("*") { (k: Double, s: SpinSum) in k * s },
    ])
}
