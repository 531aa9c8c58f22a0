import QScript
import QSim

extension Prelude {
    static var circuit: [Binding] {
        [Binding(Circuit.self, "Circuit") { t in
            t.initializer("init(qubits:)") { (n: Int) in
                try Circuit.validate(qubits: n)
                return Circuit(qubits: n)
            }
            t.initializer("init(qasm:)") { (text: String) in try Circuit.parseQASM(text) }
            t.property("qubits") { $0.qubits }
            t.property("depth") { $0.depth }
            t.property("gateCount") { $0.gateCount }

            for (name, gate) in [("h", Gate.h), ("x", .x), ("y", .y), ("z", .z), ("s", .s), ("sdg", .sdg),
                                 ("t", .t), ("tdg", .tdg), ("sx", .sx)] {
                t.mutatingMethod("\(name)(_:)") { (c: inout Circuit, q: Int) in try add(gate, [q], to: &c) }
            }
            let rotations: [(String, (Angle) -> Gate)] = [("rx", Gate.rx), ("ry", Gate.ry), ("rz", Gate.rz), ("phase", Gate.phase)]
            for (name, gate) in rotations {
                t.mutatingMethod("\(name)(_:_:)") { (c: inout Circuit, angle: Double, q: Int) in
                    try add(gate(.constant(angle)), [q], to: &c)
                }
                t.mutatingMethod("c\(name)(_:_:_:)") { (c: inout Circuit, angle: Double, control: Int, target: Int) in
                    try add(gate(.constant(angle)), [target], controls: [control], to: &c)
                }
            }
            for (name, gate) in [("zz", Gate.zz), ("xx", Gate.xx), ("yy", Gate.yy)] {
                t.mutatingMethod("\(name)(_:_:_:)") { (c: inout Circuit, angle: Double, a: Int, b: Int) in
                    try add(gate(.constant(angle)), [a, b], to: &c)
                }
            }
            t.mutatingMethod("u3(_:_:_:_:)") { (c: inout Circuit, theta: Double, phi: Double, lambda: Double, q: Int) in
                try add(.u3(.constant(theta), .constant(phi), .constant(lambda)), [q], to: &c)
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
            t.mutatingMethod("unitary(_:on:)") { (c: inout Circuit, rows: [[Double]], qubits: [Int]) in
                try add(.unitary(rows.map { $0.map { Complex($0, 0) } }), qubits, to: &c)
            }

            t.method("run()") { (c: Circuit) in
                try c.validateRun()
                return c.run()
            }
            t.method("run(from:)") { (c: Circuit, state: StateVector) in
                try c.validateRun(from: state)
                return c.run(from: state)
            }
            t.method("inverse()") { (c: Circuit) in c.inverse() }
            t.method("qasm()") { (c: Circuit) in
                try c.validateQASMExport()
                return c.qasm()
            }
            t.method("diagram()") { (c: Circuit) in c.diagram() }
            t.display { c in .figure(svg: c.svg(), text: c.diagram(), alt: "circuit diagram: \(c.qubits) qubits, \(c.gateCount) gates") }
        }]
    }

    /// Checks a gate against the circuit before adding it: a bad qubit index or matrix becomes
    /// an error in the cell instead of a trap.
    private static func add(_ gate: Gate, _ targets: [Int], controls: [Int] = [], to circuit: inout Circuit) throws {
        try circuit.validate(gate, on: targets, controls: controls)
        circuit.append(gate, on: targets, controls: controls)
    }
}
