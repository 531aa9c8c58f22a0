extension Circuit {
    /// Parses OpenQASM 2.0 (with qelib1.inc). Traps on malformed input with the located
    /// message, like Swift's own APIs; use `Circuit.parseQASM(_:)` to get the error instead.
    public init(qasm: String) {
        do {
            self = try Circuit.parseQASM(qasm)
        } catch {
            preconditionFailure(error.description)
        }
    }

    /// Parses OpenQASM 2.0, throwing `QSimError.qasm` with the line and column of the problem.
    public static func parseQASM(_ text: String) throws(QSimError) -> Circuit {
        var parser = try QASMParser(text)
        return try parser.parse()
    }

    /// The circuit as OpenQASM 2.0 (one register `q`; parameters written with their current
    /// values; angles in Swift's shortest round-trip form, multiples of π as `pi/2`).
    /// `measure: true` appends `measure q -> c;`. Traps for gates OpenQASM 2.0 cannot name;
    /// see `validateQASMExport()`.
    public func qasm(measure: Bool = false) -> String {
        orTrap { try checkedQASM(measure: measure) }
    }

    /// `qasm(measure:)`, throwing instead of trapping.
    public func checkedQASM(measure: Bool = false) throws(QSimError) -> String {
        try validateQASMExport()
        var lines = ["OPENQASM 2.0;", "include \"qelib1.inc\";"]
        // The paper's qelib1.inc lacks Qiskit's later gates: define each one used, exactly.
        let used = Set(operations.map { Self.qasmName($0)! })
        for (name, text) in Self.qasmDefinitions where used.contains(name) { lines.append(text) }
        lines.append("qreg q[\(qubits)];")
        if measure { lines.append("creg c[\(qubits)];") }
        for op in operations {
            let name = Self.qasmName(op)!
            let angles = op.gate.angles.map { Self.qasmNumber($0.value(parameterValues)) }
            let params = angles.isEmpty ? "" : "(" + angles.joined(separator: ",") + ")"
            lines.append(name + params + " " + op.qubits.map { "q[\($0)]" }.joined(separator: ",") + ";")
        }
        if measure { lines.append("measure q -> c;") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Throws unless every operation has an OpenQASM 2.0 (qelib1) name.
    public func validateQASMExport() throws(QSimError) {
        for op in operations where Self.qasmName(op) == nil {
            throw .unsupported("operation \(op.name) has no OpenQASM 2.0 equivalent in qelib1.inc")
        }
    }

    /// Definitions, in the paper's gates, of the gates QSim writes that the paper's qelib1.inc
    /// lacks; each equals QSim's gate exactly (global phase included; the QASM tests check them
    /// against Qiskit's matrices).
    static let qasmDefinitions: [(name: String, text: String)] = [
        ("sx", "gate sx a { h a; s a; h a; }"),
        ("sxdg", "gate sxdg a { h a; sdg a; h a; }"),
        ("swap", "gate swap a,b { cx a,b; cx b,a; cx a,b; }"),
        ("cswap", "gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }"),
        ("crx", "gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }"),
        ("cry", "gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }"),
        ("csx", "gate csx a,b { h b; cu1(pi/2) a,b; h b; }"),
        ("rxx", "gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }"),
        ("ryy", "gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }"),
        ("rzz", "gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }"),
    ]

    /// The token texts of each definition, to recognise it when reading.
    static let qasmDefinitionTokens: [String: [String]] = {
        var result: [String: [String]] = [:]
        for (name, text) in qasmDefinitions {
            if let tokens = try? QASMLexer.tokenize(text) { result[name] = tokens.dropLast().map(\.text) }
        }
        return result
    }()

    static func qasmName(_ op: Operation) -> String? {
        switch (op.controls.count, op.gate.kind) {
        case (0, .identity): return "id"
        case (0, .phase): return "u1"
        case (0, .xx): return "rxx"
        case (0, .yy): return "ryy"
        case (0, .zz): return "rzz"
        case (0, .unitary): return nil
        case (0, _): return op.gate.name
        case (1, .x): return "cx"
        case (1, .y): return "cy"
        case (1, .z): return "cz"
        case (1, .h): return "ch"
        case (1, .rx): return "crx"
        case (1, .ry): return "cry"
        case (1, .rz): return "crz"
        case (1, .phase): return "cu1"
        case (1, .u3): return "cu3"
        case (1, .swap): return "cswap"
        case (1, .sx): return "csx"
        case (2, .x): return "ccx"
        default: return nil
        }
    }

    /// Exact multiples k·π/d (d ≤ 8) as "pi/2", "-3*pi/4"; other numbers in round-trip form.
    static func qasmNumber(_ x: Double) -> String {
        if x == 0 { return "0" }
        for d in [1, 2, 3, 4, 6, 8] {
            let k = (x * Double(d) / Double.pi).rounded()
            if k != 0 && abs(k) <= 64 && k * Double.pi / Double(d) == x {
                let num = k == 1 ? "pi" : (k == -1 ? "-pi" : "\(Int(k))*pi")
                return d == 1 ? num : num + "/\(d)"
            }
        }
        return "\(x)"
    }
}
