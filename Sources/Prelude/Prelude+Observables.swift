import QScript
import QSim

extension Prelude {
    /// Pauli strings (`.z(0) * .z(1)`, `0.5 * .x(2)`, `PauliString("XIZ")`) and weighted sums of them.
    static var observables: [Binding] {
        [
            Binding(Pauli.self, "Pauli") { t in
                for (name, p) in [("i", Pauli.i), ("x", .x), ("y", .y), ("z", .z)] { t.staticProperty(name) { p } }
                t.property("rawValue") { $0.rawValue }
            },
            Binding(PauliString.self, "PauliString") { t in
                t.initializer("init(_ factors: [Int: Pauli] = [:], coefficient: Double = 1)") { (f: [Int: Pauli], k: Double) in
                    PauliString(f, coefficient: k)
                }
                t.failableInitializer("init(_:)") { (text: String) in PauliString(text) }
                t.staticMethod("x(_:)") { (q: Int) in PauliString.x(q) }
                t.staticMethod("y(_:)") { (q: Int) in PauliString.y(q) }
                t.staticMethod("z(_:)") { (q: Int) in PauliString.z(q) }
                t.staticProperty("identity") { PauliString.identity }
                t.property("coefficient", get: { $0.coefficient }, set: { $0.coefficient = $1 })
                t.property("factors") { $0.factors }
                t.property("phase") { $0.phase }
                t.property("support") { $0.support }
                t.property("isHermitian") { $0.isHermitian }
            },
            Binding(Observable.self, "Observable") { t in
                t.initializer("init(_:)") { (terms: [PauliString]) in Observable(terms) }
                t.initializer("init(_:)") { (term: PauliString) in Observable(term) }
                t.property("terms", get: { $0.terms }, set: { $0.terms = $1 })
            },
            .operator("*") { (a: PauliString, b: PauliString) in a * b },
            .operator("*") { (k: Double, p: PauliString) in k * p },
            .operator("*") { (p: PauliString, k: Double) in p * k },
            .prefixOperator("-") { (p: PauliString) in -p },
            .operator("+") { (a: PauliString, b: PauliString) in a + b },
            .operator("-") { (a: PauliString, b: PauliString) in a - b },
            .operator("+") { (a: Observable, b: PauliString) in a + b },
            .operator("+") { (a: PauliString, b: Observable) in a + b },
            .operator("-") { (a: Observable, b: PauliString) in a - b },
            .operator("+") { (a: Observable, b: Observable) in a + b },
            .operator("*") { (k: Double, o: Observable) in k * o },
        ]
    }

}
