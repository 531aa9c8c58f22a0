import QScript
import QSim

extension Prelude {
    /// Pauli strings (`.z(0) * .z(1)`, `0.5 * .x(2)`) and weighted sums of them.
    static var observables: [Binding] {
        [Binding(PauliString.self, "PauliString") { t in
            t.staticMethod("x(_:)") { (q: Int) in try qubitIndex(q); return PauliString.x(q) }
            t.staticMethod("y(_:)") { (q: Int) in try qubitIndex(q); return PauliString.y(q) }
            t.staticMethod("z(_:)") { (q: Int) in try qubitIndex(q); return PauliString.z(q) }
            t.staticProperty("identity") { PauliString.identity }
            t.property("coefficient") { $0.coefficient }
            t.property("support") { $0.support }
        },
        Binding(Observable.self, "Observable") { t in
            t.property("terms") { $0.terms }
        },
        .operator("*") { (a: PauliString, b: PauliString) in a * b },
        .operator("*") { (k: Double, p: PauliString) in k * p },
        .operator("*") { (p: PauliString, k: Double) in p * k },
        .operator("+") { (a: PauliString, b: PauliString) in a + b },
        .operator("-") { (a: PauliString, b: PauliString) in a - b },
        .operator("+") { (a: Observable, b: PauliString) in a + b },
        .operator("+") { (a: PauliString, b: Observable) in a + b },
        .operator("-") { (a: Observable, b: PauliString) in a - b },
        .operator("+") { (a: Observable, b: Observable) in a + b },
        .operator("*") { (k: Double, o: Observable) in k * o }]
    }

    /// Pauli factors name a qubit; which register it belongs to is checked when it is measured.
    static func qubitIndex(_ q: Int) throws {
        if q < 0 { throw ScriptError("qubit index \(q) is negative") }
    }
}
