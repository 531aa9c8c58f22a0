import QScript
import QSim

extension Prelude {
    /// Pauli strings (`.z(0) * .z(1)`, `0.5 * .x(2)`) and weighted sums of them.
    static func registerObservables(in library: Library) {
        library.register(PauliString.self, as: "PauliString") { t in
            t.staticMethod("x(_:)") { (q: Int) in try qubitIndex(q); return PauliString.x(q) }
            t.staticMethod("y(_:)") { (q: Int) in try qubitIndex(q); return PauliString.y(q) }
            t.staticMethod("z(_:)") { (q: Int) in try qubitIndex(q); return PauliString.z(q) }
            t.staticProperty("identity") { PauliString.identity }
            t.property("coefficient") { $0.coefficient }
            t.property("support") { $0.support }
        }
        library.register(Observable.self, as: "Observable") { t in
            t.property("terms") { $0.terms }
        }
        library.binaryOperator("*") { (a: PauliString, b: PauliString) in a * b }
        library.binaryOperator("*") { (k: Double, p: PauliString) in k * p }
        library.binaryOperator("*") { (p: PauliString, k: Double) in p * k }
        library.binaryOperator("+") { (a: PauliString, b: PauliString) in a + b }
        library.binaryOperator("-") { (a: PauliString, b: PauliString) in a - b }
        library.binaryOperator("+") { (a: Observable, b: PauliString) in a + b }
        library.binaryOperator("+") { (a: PauliString, b: Observable) in a + b }
        library.binaryOperator("-") { (a: Observable, b: PauliString) in a - b }
        library.binaryOperator("+") { (a: Observable, b: Observable) in a + b }
        library.binaryOperator("*") { (k: Double, o: Observable) in k * o }
    }

    /// Pauli factors name a qubit; which register it belongs to is checked when it is measured.
    static func qubitIndex(_ q: Int) throws {
        if q < 0 { throw ScriptError("qubit index \(q) is negative") }
    }
}
