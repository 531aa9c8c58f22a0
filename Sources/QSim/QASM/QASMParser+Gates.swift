extension QASMParser {
    /// The built-in gates without an include are only `U` and `CX`; qelib1.inc adds the rest.
    func builtinIsVisible(_ name: String) -> Bool { includesQelib || name == "U" || name == "CX" }

    /// The gates QSim maps directly: name -> (parameters, qubits, controls, gate builder).
    /// `U` and `CX` are built into the language; the rest come from qelib1.inc.
    /// The gates of the OpenQASM 2.0 paper's qelib1.inc (and `U`, `CX`): a file may not redefine
    /// these. Every other name QSim knows (Qiskit's later additions) yields to a definition in
    /// the file, as Qiskit's own dumps define e.g. `ryy` or `ecr` themselves.
    static let paperGates: Set<String> = ["U", "CX", "u3", "u2", "u1", "cx", "id", "x", "y", "z", "h", "s", "sdg", "t", "tdg",
                                          "rx", "ry", "rz", "cz", "cy", "ch", "ccx", "crz", "cu1", "cu3"]

    static let builtins: [String: (params: Int, qubits: Int, controls: Int, make: @Sendable ([Double]) -> Gate)] = [
        "U": (3, 1, 0, { .u3(.constant($0[0]), .constant($0[1]), .constant($0[2])) }),
        "CX": (0, 2, 1, { _ in .x }),
        "u3": (3, 1, 0, { .u3(.constant($0[0]), .constant($0[1]), .constant($0[2])) }),
        "u": (3, 1, 0, { .u3(.constant($0[0]), .constant($0[1]), .constant($0[2])) }),
        "u2": (2, 1, 0, { .u3(.constant(Double.pi / 2), .constant($0[0]), .constant($0[1])) }),
        "u1": (1, 1, 0, { .phase(.constant($0[0])) }),
        "p": (1, 1, 0, { .phase(.constant($0[0])) }),
        "cx": (0, 2, 1, { _ in .x }),
        "id": (0, 1, 0, { _ in .identity }),
        "x": (0, 1, 0, { _ in .x }), "y": (0, 1, 0, { _ in .y }), "z": (0, 1, 0, { _ in .z }),
        "h": (0, 1, 0, { _ in .h }), "s": (0, 1, 0, { _ in .s }), "sdg": (0, 1, 0, { _ in .sdg }),
        "t": (0, 1, 0, { _ in .t }), "tdg": (0, 1, 0, { _ in .tdg }),
        "sx": (0, 1, 0, { _ in .sx }), "sxdg": (0, 1, 0, { _ in .sxdg }),
        "rx": (1, 1, 0, { .rx(.constant($0[0])) }), "ry": (1, 1, 0, { .ry(.constant($0[0])) }),
        "rz": (1, 1, 0, { .rz(.constant($0[0])) }),
        "cz": (0, 2, 1, { _ in .z }), "cy": (0, 2, 1, { _ in .y }), "ch": (0, 2, 1, { _ in .h }),
        "swap": (0, 2, 0, { _ in .swap }),
        "ccx": (0, 3, 2, { _ in .x }), "cswap": (0, 3, 1, { _ in .swap }),
        "crx": (1, 2, 1, { .rx(.constant($0[0])) }), "cry": (1, 2, 1, { .ry(.constant($0[0])) }),
        "crz": (1, 2, 1, { .rz(.constant($0[0])) }),
        "cu1": (1, 2, 1, { .phase(.constant($0[0])) }), "cp": (1, 2, 1, { .phase(.constant($0[0])) }),
        "cu3": (3, 2, 1, { .u3(.constant($0[0]), .constant($0[1]), .constant($0[2])) }),
        // qelib1's rzz is diag(1, e^{iθ}, e^{iθ}, 1) = e^{iθ/2}·ZZ(θ): equal up to global phase.
        "rzz": (1, 2, 0, { .zz(.constant($0[0])) }),
        "rxx": (1, 2, 0, { .xx(.constant($0[0])) }), "ryy": (1, 2, 0, { .yy(.constant($0[0])) }),
        // Qiskit's further qelib1 gates: u0 (an idle step), and multi-controlled X and √X.
        "u0": (1, 1, 0, { _ in .identity }),
        "csx": (0, 2, 1, { _ in .sx }),
        "c3x": (0, 4, 3, { _ in .x }), "c4x": (0, 5, 4, { _ in .x }),
        "c3sqrtx": (0, 4, 3, { _ in .sx }),
    ]

    /// Qiskit's gates that are sequences of the paper's gates, exactly (checked against Qiskit's
    /// matrices in the QASM tests): each step is (gate, its parameters from the call's, qubit
    /// indices into the call's). `cu(θ,φ,λ,γ)` is controlled e^{iγ}·U3(θ,φ,λ); `rccx`, `rc3x` are
    /// the relative-phase Toffolis.
    static let expansions: [String: (params: Int, qubits: Int, steps: [(String, @Sendable ([Double]) -> [Double], [Int])])] = {
        let none: @Sendable ([Double]) -> [Double] = { _ in [] }
        let quarter: @Sendable ([Double]) -> [Double] = { _ in [Double.pi / 4] }
        let minusQuarter: @Sendable ([Double]) -> [Double] = { _ in [-Double.pi / 4] }
        // H, T and T† on qubit `q`, as the paper's gates.
        func h(_ q: Int) -> (String, @Sendable ([Double]) -> [Double], [Int]) { ("h", none, [q]) }
        func t(_ q: Int) -> (String, @Sendable ([Double]) -> [Double], [Int]) { ("u1", quarter, [q]) }
        func tdg(_ q: Int) -> (String, @Sendable ([Double]) -> [Double], [Int]) { ("u1", minusQuarter, [q]) }
        func cx(_ a: Int, _ b: Int) -> (String, @Sendable ([Double]) -> [Double], [Int]) { ("cx", none, [a, b]) }
        return [
            "cu": (4, 2, [("u1", { [$0[3]] }, [0]), ("cu3", { [$0[0], $0[1], $0[2]] }, [0, 1])]),
            "rccx": (0, 3, [h(2), t(2), cx(1, 2), tdg(2), cx(0, 2), t(2), cx(1, 2), tdg(2), h(2)]),
            "rc3x": (0, 4, [h(3), t(3), cx(2, 3), tdg(3), h(3), cx(0, 3), t(3), cx(1, 3), tdg(3), cx(0, 3), t(3), cx(1, 3),
                            tdg(3), h(3), t(3), cx(2, 3), tdg(3), h(3)]),
        ]
    }()

    /// Applies gate `name` to absolute qubits, expanding user definitions.
    mutating func emit(_ name: String, _ token: QASMToken, _ values: [Double], _ qubits: [Int]) throws(QSimError) {
        if Set(qubits).count != qubits.count { throw error(at: token, "gate '\(name)' uses the same qubit twice") }
        for q in qubits where measured.contains(q) {
            throw error(at: token, "gate '\(name)' acts on a measured qubit; only final measurements are supported")
        }
        if let def = definitions[name] {
            try check(name, token, values.count, def.parameters.count, qubits.count, def.qubits.count)
            let env = Dictionary(uniqueKeysWithValues: zip(def.parameters, values))
            let map = Dictionary(uniqueKeysWithValues: zip(def.qubits, qubits))
            for call in def.body {
                let v = try call.parameters.map { (e) throws(QSimError) -> Double in try e.evaluate(env) }
                try emit(call.name, call.token, v, call.arguments.map { map[$0.0]! })
            }
            return
        }
        if let e = Self.expansions[name], includesQelib {
            try check(name, token, values.count, e.params, qubits.count, e.qubits)
            if !values.allSatisfy(\.isFinite) { throw error(at: token, "gate '\(name)' has a parameter that is not a finite number") }
            for (gate, parameters, indices) in e.steps { try emit(gate, token, parameters(values), indices.map { qubits[$0] }) }
            return
        }
        guard let b = Self.builtins[name], builtinIsVisible(name) else {
            let hint = Self.builtins[name] != nil ? " (add include \"qelib1.inc\";)" : ""
            throw error(at: token, "unknown gate '\(name)'\(hint)")
        }
        try check(name, token, values.count, b.params, qubits.count, b.qubits)
        if !values.allSatisfy(\.isFinite) { throw error(at: token, "gate '\(name)' has a parameter that is not a finite number") }
        operations.append(Operation(b.make(values), targets: Array(qubits[b.controls...]), controls: Array(qubits[..<b.controls])))
    }

    func check(_ name: String, _ token: QASMToken, _ gotParams: Int, _ params: Int, _ gotQubits: Int, _ nq: Int) throws(QSimError) {
        if gotParams != params {
            throw error(at: token, "gate '\(name)' takes \(params) parameter\(params == 1 ? "" : "s"), got \(gotParams)")
        }
        if gotQubits != nq { throw error(at: token, "gate '\(name)' acts on \(nq) qubit\(nq == 1 ? "" : "s"), got \(gotQubits)") }
    }

    /// gate name(params) a, b { body }
    mutating func gateDefinition() throws(QSimError) {
        let start = position
        advance()
        let (name, nt) = try identifier("a gate name")
        if definitions[name] != nil || (Self.paperGates.contains(name) && builtinIsVisible(name)) {
            throw error(at: nt, "gate '\(name)' is already defined")
        }
        var params: [String] = []
        if case .symbol("(") = peek.kind {
            advance()
            if peek.kind != .symbol(")") {
                params.append(try identifier("a parameter name").0)
                while case .symbol(",") = peek.kind { advance(); params.append(try identifier("a parameter name").0) }
            }
            try expect(")")
        }
        var formals = [try identifier("a qubit name").0]
        while case .symbol(",") = peek.kind { advance(); formals.append(try identifier("a qubit name").0) }
        try expect("{")
        var body: [Call] = []
        while peek.kind != .symbol("}") {
            if peek.kind == .end { throw error(at: peek, "missing '}' at the end of gate '\(name)'") }
            let (callee, ct) = try identifier("a gate name")
            if callee == "barrier" {
                while peek.kind != .symbol(";") && peek.kind != .end { advance() }
                try expect(";")
                continue
            }
            let exprs = try optionalParameters()
            var args = [try identifier("a qubit name")]
            while case .symbol(",") = peek.kind { advance(); args.append(try identifier("a qubit name")) }
            for (a, at) in args where !formals.contains(a) { throw error(at: at, "unknown qubit '\(a)' in gate '\(name)'") }
            for e in exprs { try checkVariables(e, params) }
            try expect(";")
            body.append(Call(name: callee, token: ct, parameters: exprs, arguments: args))
        }
        try expect("}")
        // The exact definition QSim writes for one of its own gates keeps QSim's gate (so a file
        // QSim wrote reads back gate for gate); any other definition takes precedence.
        if let own = Circuit.qasmDefinitionTokens[name], own == tokens[start..<position].map(\.text) { return }
        definitions[name] = Definition(parameters: params, qubits: formals, body: body)
    }

    func checkVariables(_ e: QASMExpression, _ params: [String]) throws(QSimError) {
        switch e {
        case .number: return
        case let .variable(v, t): if !params.contains(v) { throw error(at: t, "unknown parameter '\(v)'") }
        case let .negate(a): try checkVariables(a, params)
        case let .binary(_, a, b): try checkVariables(a, params); try checkVariables(b, params)
        case let .call(_, a, _): try checkVariables(a, params)
        }
    }
}
