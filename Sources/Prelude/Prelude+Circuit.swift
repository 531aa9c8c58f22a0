import QScript
import QSim

extension Prelude {
    /// `Circuit`: construction, every gate, trainable parameters, structure, runs, QASM and diagrams.
    static var circuit: [Binding] {
        [Binding(Circuit.self, "Circuit") { t in
            t.initializer("init(qubits:)") { (n: Int) in try Circuit.checked(qubits: n) }
            t.initializer("init(qasm:)") { (text: String) in try qasmCircuit(text) }
            gates(t)
            parameters(t)
            structure(t)
            runs(t)
            t.description { $0.description }
            t.display { c in
                let f = circuitFigure(c)
                return .figure(svg: f.svg, text: f.text, alt: "circuit diagram: \(c.qubits) qubits, \(c.gateCount) gates")
            }
        }]
    }

    private static func gates(_ t: TypeBinding<Circuit>) {
        for (name, gate) in [("id", Gate.identity), ("h", .h), ("x", .x), ("y", .y), ("z", .z), ("s", .s), ("sdg", .sdg),
                             ("t", .t), ("tdg", .tdg), ("sx", .sx), ("sxdg", .sxdg)] {
            t.mutatingMethod("\(name)(_:)") { (c: inout Circuit, q: Int) in try add(gate, [q], to: &c) }
        }
        let rotations: [(String, (Angle) -> Gate)] = [("rx", Gate.rx), ("ry", Gate.ry), ("rz", Gate.rz), ("phase", Gate.phase)]
        for (name, gate) in rotations {
            t.mutatingMethod("\(name)(_:_:)") { (c: inout Circuit, angle: Double, q: Int) in
                try add(gate(.constant(angle)), [q], to: &c)
            }
            t.mutatingMethod("\(name)(_:_:)") { (c: inout Circuit, angle: Parameter, q: Int) in
                try add(gate(.parameter(angle)), [q], to: &c)
            }
            t.mutatingMethod("c\(name)(_:_:_:)") { (c: inout Circuit, angle: Double, control: Int, target: Int) in
                try add(gate(.constant(angle)), [target], controls: [control], to: &c)
            }
            t.mutatingMethod("c\(name)(_:_:_:)") { (c: inout Circuit, angle: Parameter, control: Int, target: Int) in
                try add(gate(.parameter(angle)), [target], controls: [control], to: &c)
            }
        }
        for (name, gate) in [("zz", Gate.zz), ("xx", Gate.xx), ("yy", Gate.yy)] {
            t.mutatingMethod("\(name)(_:_:_:)") { (c: inout Circuit, angle: Double, a: Int, b: Int) in
                try add(gate(.constant(angle)), [a, b], to: &c)
            }
            t.mutatingMethod("\(name)(_:_:_:)") { (c: inout Circuit, angle: Parameter, a: Int, b: Int) in
                try add(gate(.parameter(angle)), [a, b], to: &c)
            }
        }
        t.mutatingMethod("u3(_:_:_:_:)") { (c: inout Circuit, theta: Double, phi: Double, lambda: Double, q: Int) in
            try add(.u3(.constant(theta), .constant(phi), .constant(lambda)), [q], to: &c)
        }
        t.mutatingMethod("u3(_:_:_:_:)") { (c: inout Circuit, theta: Angle, phi: Angle, lambda: Angle, q: Int) in
            try add(.u3(theta, phi, lambda), [q], to: &c)
        }
        for (name, gate) in [("cnot", Gate.x), ("cx", .x), ("cy", .y), ("cz", .z), ("ch", .h)] {
            t.mutatingMethod("\(name)(_:_:)") { (c: inout Circuit, control: Int, target: Int) in
                try add(gate, [target], controls: [control], to: &c)
            }
        }
        t.mutatingMethod("swap(_:_:)") { (c: inout Circuit, a: Int, b: Int) in try add(.swap, [a, b], to: &c) }
        t.mutatingMethod("ccx(_:_:_:)") { (c: inout Circuit, c1: Int, c2: Int, target: Int) in
            try add(.x, [target], controls: [c1, c2], to: &c)
        }
        t.mutatingMethod("cswap(_:_:_:)") { (c: inout Circuit, control: Int, a: Int, b: Int) in
            try add(.swap, [a, b], controls: [control], to: &c)
        }
        t.mutatingMethod("controlled(_:controls:targets:)") { (c: inout Circuit, gate: Gate, controls: [Int], targets: [Int]) in
            try c.checkedControlled(gate, controls: controls, targets: targets)
        }
        t.mutatingMethod("append(_ gate: Gate, on targets: [Int], controls: [Int] = [])") { (c: inout Circuit, gate: Gate, targets: [Int], controls: [Int]) in
            try c.checkedAppend(gate, on: targets, controls: controls)
        }
        t.mutatingMethod("unitary(_:on:)") { (c: inout Circuit, rows: [[Complex]], qubits: [Int]) in
            try c.checkedUnitary(rows, on: qubits)
        }
    }

    private static func parameters(_ t: TypeBinding<Circuit>) {
        t.mutatingMethod("addParameter(_ name: String = \"\", value: Double = 0) -> Parameter") { (c: inout Circuit, name: String, value: Double) in
            try c.checkedAddParameter(name, value: value)
        }
        t.mutatingMethod("addParameters(_ count: Int, prefix: String = \"θ\", values: [Double]? = nil) -> [Parameter]") {
            (c: inout Circuit, count: Int, prefix: String, values: [Double]?) in
            try checkAllocation(count: count, of: Double.self)
            return try c.checkedAddParameters(count, prefix: prefix, values: values)
        }
        t.property("parameterCount") { $0.parameterCount }
        t.property("parameterNames") { $0.parameterNames }
        t.property("parameterValues", get: { $0.parameterValues }, set: { (c: inout Circuit, v: [Double]) in
            try c.checkedSetParameterValues(v)
        })
        t.property("parameterUses") { $0.parameterUses }
        t.method("bound()") { (c: Circuit) in c.bound() }
        t.method("bound(to:)") { (c: Circuit, values: [Double]) in try c.checkedBound(to: values) }
    }

    private static func structure(_ t: TypeBinding<Circuit>) {
        t.property("qubits") { $0.qubits }
        t.property("depth") { $0.depth }
        t.property("gateCount") { $0.gateCount }
        t.property("gateCounts") { $0.gateCounts }
        t.method("inverse()") { (c: Circuit) in c.inverse() }
        t.mutatingMethod("append(contentsOf:)") { (c: inout Circuit, other: Circuit) in try c.checkedAppend(contentsOf: other) }
        t.method("qasm(measure: Bool = false) -> String") { (c: Circuit, measure: Bool) in try c.checkedQASM(measure: measure) }
        t.method("diagram()") { (c: Circuit) in c.diagram() }
    }

    private static func runs(_ t: TypeBinding<Circuit>) {
        t.method("run()") { (c: Circuit) in try c.checkedRun() }
        t.method("run(parameters:)") { (c: Circuit, values: [Double]) in try c.checkedRun(parameters: values) }
        t.method("run(from:)") { (c: Circuit, state: StateVector) in try c.checkedRun(from: state) }
        t.method("run(from:parameters:)") { (c: Circuit, state: StateVector, values: [Double]) in
            try c.checkedRun(from: state, parameters: values)
        }
    }

    static var circuitOperators: [Binding] {
        [.operator("+") { (a: Circuit, b: Circuit) in try a.checkedAppending(b) }]
    }

    /// Every gate method goes through QSim's throwing twin: a bad qubit index or angle becomes
    /// an error in the cell, with the message a compiled program would trap with.
    private static func add(_ gate: Gate, _ targets: [Int], controls: [Int] = [], to circuit: inout Circuit) throws {
        try circuit.checkedAppend(gate, on: targets, controls: controls)
    }

    /// A QASM error points at its line and column inside the string the cell passed.
    private static func qasmCircuit(_ text: String) throws -> Circuit {
        do {
            return try Circuit.parseQASM(text)
        } catch .qasm(let e) {
            throw ScriptError("QASM \(e.description)", argument: 0, line: e.line, column: e.column)
        }
    }
}
