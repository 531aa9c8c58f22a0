import QScript
import QSim

extension Prelude {
    /// `Parameter` (a trainable angle, `scale · θ[index] + offset`), `Angle` (a constant or a
    /// parameter; number literals are angles), `Gate` (a gate without its qubits) and `Complex`.
    static var gateValues: [Binding] {
        [
            Binding(Parameter.self, "Parameter") { t in
                t.initializer("init(index: Int, scale: Double = 1, offset: Double = 0)") { (i: Int, scale: Double, offset: Double) in
                    Parameter(index: i, scale: scale, offset: offset)
                }
                t.property("index") { $0.index }
                t.property("scale", get: { $0.scale }, set: { $0.scale = $1 })
                t.property("offset", get: { $0.offset }, set: { $0.offset = $1 })
            },
            .operator("*") { (k: Double, p: Parameter) in k * p },
            .operator("*") { (p: Parameter, k: Double) in p * k },
            .operator("/") { (p: Parameter, k: Double) in p / k },
            .operator("+") { (p: Parameter, k: Double) in p + k },
            .operator("+") { (k: Double, p: Parameter) in k + p },
            .operator("-") { (p: Parameter, k: Double) in p - k },
            .prefixOperator("-") { (p: Parameter) in -p },
            Binding(Angle.self, "Angle") { t in
                t.staticMethod("constant(_:)") { (v: Double) in Angle.constant(v) }
                t.staticMethod("parameter(_:)") { (p: Parameter) in Angle.parameter(p) }
                t.integerLiteral { Angle(integerLiteral: $0) }
                t.floatLiteral { Angle(floatLiteral: $0) }
                t.method("value(_:)") { (a: Angle, values: [Double]) in
                    if let p = a.parameter, p.index < 0 || p.index >= values.count { throw ScriptError("Index out of range") }
                    return a.value(values)
                }
                t.property("parameter") { $0.parameter }
                t.property("negated") { $0.negated }
            },
            Binding(Gate.self, "Gate") { t in
                for (name, gate) in [("identity", Gate.identity), ("h", .h), ("x", .x), ("y", .y), ("z", .z), ("s", .s),
                                     ("sdg", .sdg), ("t", .t), ("tdg", .tdg), ("sx", .sx), ("sxdg", .sxdg), ("swap", .swap)] {
                    t.staticProperty(name) { gate }
                }
                let rotations: [(String, (Angle) -> Gate)] = [("rx", Gate.rx), ("ry", Gate.ry), ("rz", Gate.rz), ("phase", Gate.phase),
                                                              ("xx", Gate.xx), ("yy", Gate.yy), ("zz", Gate.zz)]
                for (name, make) in rotations {
                    t.staticMethod("\(name)(_:)") { (a: Angle) in make(a) }
                }
                t.staticMethod("u3(_:_:_:)") { (a: Angle, b: Angle, c: Angle) in Gate.u3(a, b, c) }
                t.staticMethod("unitary(_:)") { (rows: [[Complex]]) in Gate.unitary(rows) }
                t.property("angles") { $0.angles }
                t.property("name") { $0.name }
                t.property("qubitCount") { $0.qubitCount }
            },
            Binding(Complex.self, "Complex") { t in
                t.initializer("init(_ re: Double, _ im: Double = 0)") { (re: Double, im: Double) in Complex(re, im) }
                t.integerLiteral { Complex(integerLiteral: $0) }
                t.floatLiteral { Complex(floatLiteral: $0) }
                t.property("re", get: { $0.re }, set: { $0.re = $1 })
                t.property("im", get: { $0.im }, set: { $0.im = $1 })
                t.property("conjugate") { $0.conjugate }
                t.property("magnitude") { $0.magnitude }
                t.property("magnitudeSquared") { $0.magnitudeSquared }
                t.staticMethod("exp(i:)") { (theta: Double) in Complex.exp(i: theta) }
                t.staticProperty("zero") { Complex.zero }
                t.staticProperty("one") { Complex.one }
                t.staticProperty("i") { Complex.i }
                t.method("isApproximatelyEqual(to: Complex, tolerance: Double = 1e-12) -> Bool") { (a: Complex, b: Complex, tol: Double) in
                    a.isApproximatelyEqual(to: b, tolerance: tol)
                }
            },
            .operator("+") { (a: Complex, b: Complex) in a + b },
            .operator("-") { (a: Complex, b: Complex) in a - b },
            .operator("*") { (a: Complex, b: Complex) in a * b },
            .operator("*") { (a: Double, b: Complex) in a * b },
            .operator("*") { (a: Complex, b: Double) in a * b },
            .operator("/") { (a: Complex, b: Double) in a / b },
        ]
    }
}
