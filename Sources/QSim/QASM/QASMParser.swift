/// A recursive-descent parser for OpenQASM 2.0 with qelib1.inc: registers, gate applications
/// (with register broadcasting), user gate definitions (expanded where applied), `barrier`, and
/// final `measure`. Errors name the line and column of the offending token.
struct QASMParser {
    struct Definition {
        let parameters: [String]
        let qubits: [String]
        let body: [Call]
    }
    /// A gate application inside a definition: arguments are the definition's qubit names.
    struct Call {
        let name: String
        let token: QASMToken
        let parameters: [QASMExpression]
        let arguments: [(String, QASMToken)]
    }

    var tokens: [QASMToken]
    var position = 0
    var registers: [String: (offset: Int, size: Int)] = [:]
    var classical: [String: Int] = [:]
    var qubitCount = 0
    var definitions: [String: Definition] = [:]
    var includesQelib = false
    var operations: [Operation] = []
    var measured = Set<Int>()

    init(_ source: String) throws(QSimError) {
        tokens = try QASMLexer.tokenize(source)
    }

    var peek: QASMToken { tokens[position] }
    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func error(at token: QASMToken, _ message: String) -> QSimError {
        .qasm(QASMError(line: token.line, column: token.column, message: message))
    }

    mutating func expect(_ symbol: String) throws(QSimError) {
        guard case .symbol(symbol) = peek.kind else { throw error(at: peek, "expected '\(symbol)', found '\(peek.text)'") }
        advance()
    }

    mutating func identifier(_ what: String) throws(QSimError) -> (String, QASMToken) {
        let t = peek
        guard case let .identifier(name) = t.kind else { throw error(at: t, "expected \(what), found '\(t.text)'") }
        advance()
        return (name, t)
    }

    mutating func integer() throws(QSimError) -> (Int, QASMToken) {
        let t = peek
        guard case let .integer(v) = t.kind else { throw error(at: t, "expected an integer, found '\(t.text)'") }
        advance()
        return (v, t)
    }

    /// program := 'OPENQASM' 2.0 ';' statement*
    mutating func parse() throws(QSimError) -> Circuit {
        let header = peek
        guard case .identifier("OPENQASM") = header.kind else { throw error(at: header, "expected 'OPENQASM 2.0;' at the start") }
        advance()
        let version = peek
        switch version.kind {
        case let .real(v) where v == 2.0: advance()
        case .integer(2): advance()
        default: throw error(at: version, "only OpenQASM 2.0 is supported, found version '\(version.text)'")
        }
        try expect(";")
        while peek.kind != .end { try statement() }
        if qubitCount == 0 { throw error(at: peek, "no qreg declared") }
        guard qubitCount <= Circuit.maxQubits else { throw error(at: peek, "\(qubitCount) qubits is more than the \(Circuit.maxQubits) supported") }
        var circuit = Circuit(qubits: qubitCount)
        for op in operations { circuit.appendUnchecked(op) }
        return circuit
    }

    mutating func statement() throws(QSimError) {
        let t = peek
        guard case let .identifier(word) = t.kind else { throw error(at: t, "expected a statement, found '\(t.text)'") }
        switch word {
        case "include":
            advance()
            let f = peek
            guard case let .string(file) = f.kind else { throw error(at: f, "expected a file name in quotes") }
            guard file == "qelib1.inc" else { throw error(at: f, "only \"qelib1.inc\" can be included, not \"\(file)\"") }
            advance()
            includesQelib = true
            try expect(";")
        case "qreg", "creg":
            advance()
            let (name, nt) = try identifier("a register name")
            try expect("[")
            let (size, st) = try integer()
            if size < 1 { throw error(at: st, "a register needs at least one bit") }
            try expect("]")
            try expect(";")
            if registers[name] != nil || classical[name] != nil { throw error(at: nt, "register '\(name)' is already declared") }
            if word == "qreg" {
                registers[name] = (qubitCount, size)
                qubitCount += size
                if qubitCount > Circuit.maxQubits { throw error(at: st, "\(qubitCount) qubits is more than the \(Circuit.maxQubits) supported") }
            } else {
                classical[name] = size
            }
        case "gate": try gateDefinition()
        case "barrier":
            advance()
            _ = try argumentList()
            try expect(";")
        case "measure": try measure()
        case "opaque", "reset", "if":
            throw error(at: t, "'\(word)' is not supported (only unitary gates, barrier and final measure)")
        default: try application()
        }
    }

    /// measure q[i] -> c[j];  or  measure q -> c;
    mutating func measure() throws(QSimError) {
        advance()
        let qs = try argument()
        try expect("->")
        let (name, ct) = try identifier("a classical register")
        guard let size = classical[name] else { throw error(at: ct, "unknown classical register '\(name)'") }
        var bits = size
        if case .symbol("[") = peek.kind {
            advance()
            let (i, it) = try integer()
            if i < 0 || i >= size { throw error(at: it, "bit \(i) is out of range for '\(name)' of size \(size)") }
            try expect("]")
            bits = 1
        }
        if bits != qs.qubits.count { throw error(at: ct, "measure needs as many bits as qubits (\(qs.qubits.count)), got \(bits)") }
        try expect(";")
        measured.formUnion(qs.qubits)
    }

    /// A register or one of its qubits: `q` or `q[3]`.
    mutating func argument() throws(QSimError) -> (qubits: [Int], token: QASMToken, whole: Bool) {
        let (name, t) = try identifier("a qubit register")
        guard let reg = registers[name] else { throw error(at: t, "unknown quantum register '\(name)'") }
        if case .symbol("[") = peek.kind {
            advance()
            let (i, it) = try integer()
            if i < 0 || i >= reg.size { throw error(at: it, "qubit \(i) is out of range for '\(name)' of size \(reg.size)") }
            try expect("]")
            return ([reg.offset + i], t, false)
        }
        return (Array(reg.offset..<(reg.offset + reg.size)), t, true)
    }

    mutating func argumentList() throws(QSimError) -> [(qubits: [Int], token: QASMToken, whole: Bool)] {
        var args = [try argument()]
        while case .symbol(",") = peek.kind {
            advance()
            args.append(try argument())
        }
        return args
    }

    /// name(params) args;  with registers broadcast (all whole registers must have one size).
    mutating func application() throws(QSimError) {
        let (name, t) = try identifier("a gate name")
        let params = try optionalParameters()
        let args = try argumentList()
        try expect(";")
        let values = try params.map { (e) throws(QSimError) -> Double in try e.evaluate([:]) }
        let sizes = Set(args.filter(\.whole).map(\.qubits.count))
        if sizes.count > 1 { throw error(at: t, "registers of different sizes in one gate") }
        let repeats = sizes.first ?? 1
        for r in 0..<repeats {
            let qs = args.map { $0.whole ? $0.qubits[r] : $0.qubits[0] }
            try emit(name, t, values, qs)
        }
    }

    /// `( expr, ... )` when the next token opens one, else no parameters.
    mutating func optionalParameters() throws(QSimError) -> [QASMExpression] {
        guard case .symbol("(") = peek.kind else { return [] }
        advance()
        let exprs = peek.kind != .symbol(")") ? try expressionList() : []
        try expect(")")
        return exprs
    }

    mutating func expressionList() throws(QSimError) -> [QASMExpression] {
        var list = [try parseExpression()]
        while case .symbol(",") = peek.kind {
            advance()
            list.append(try parseExpression())
        }
        return list
    }
}
