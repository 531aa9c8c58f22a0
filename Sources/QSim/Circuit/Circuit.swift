/// A quantum circuit as a value: a register size, a list of operations and the trainable
/// parameters its gates read.
///
///     var c = Circuit(qubits: 2)
///     let theta = c.addParameter("theta", value: 0.3)
///     c.h(0); c.cnot(0, 1); c.ry(theta, 1)
///     let psi = c.run()
///
/// Every gate method traps on invalid qubits; `validate(_:on:controls:)` checks the same
/// without trapping (README.md, "Errors").
public struct Circuit: Codable, Hashable, Sendable {
    public let qubits: Int
    public private(set) var operations: [Operation] = []
    /// Names of the parameters, by index.
    public private(set) var parameterNames: [String] = []
    /// Current values of the parameters, by index (what `run()` and the gradients use by default).
    public var parameterValues: [Double] = [] {
        didSet { requireValid { try validate(parameters: parameterValues) } }
    }

    /// Largest register a circuit may have (as many as the Clifford tableau takes; running it as
    /// a state vector is limited by memory, see `StateVector.validate(qubits:)`).
    public static let maxQubits = 1 << 16

    /// An empty circuit on `qubits` qubits (1 ≤ qubits ≤ 65536).
    public init(qubits: Int) {
        requireValid { try Circuit.validate(qubits: qubits) }
        self.qubits = qubits
    }

    /// `init(qubits:)`, throwing instead of trapping.
    public static func checked(qubits: Int) throws(QSimError) -> Circuit {
        try validate(qubits: qubits)
        return Circuit(qubits: qubits)
    }

    public static func validate(qubits: Int) throws(QSimError) {
        if qubits < 1 || qubits > maxQubits { throw .invalidQubitCount(qubits, supported: 1...maxQubits) }
    }

    /// Number of trainable parameters.
    public var parameterCount: Int { parameterValues.count }

    /// Adds a trainable parameter and returns its handle.
    @discardableResult
    public mutating func addParameter(_ name: String = "", value: Double = 0) -> Parameter {
        orTrap { try checkedAddParameter(name, value: value) }
    }

    /// `addParameter(_:value:)`, throwing instead of trapping.
    @discardableResult
    public mutating func checkedAddParameter(_ name: String = "", value: Double = 0) throws(QSimError) -> Parameter {
        if !value.isFinite { throw .notFinite(what: "a parameter value") }
        let index = parameterValues.count
        parameterNames.append(name.isEmpty ? "θ\(index)" : name)
        parameterValues.append(value)
        return Parameter(index: index)
    }

    /// Adds `count` parameters named `prefix0`, `prefix1`, … with the given values (0 if omitted).
    public mutating func addParameters(_ count: Int, prefix: String = "θ", values: [Double]? = nil) -> [Parameter] {
        orTrap { try checkedAddParameters(count, prefix: prefix, values: values) }
    }

    /// `addParameters(_:prefix:values:)`, throwing instead of trapping.
    public mutating func checkedAddParameters(_ count: Int, prefix: String = "θ", values: [Double]? = nil) throws(QSimError) -> [Parameter] {
        if count < 0 { throw .unsupported("the number of parameters must be non-negative, got \(count)") }
        if let values, values.count != count { throw .parameterCount(expected: count, got: values.count) }
        if let values, !values.allSatisfy(\.isFinite) { throw .notFinite(what: "a parameter value") }
        var out: [Parameter] = []
        for i in 0..<count { out.append(try checkedAddParameter("\(prefix)\(parameterCount)", value: values?[i] ?? 0)) }
        return out
    }

    /// Sets `parameterValues`, throwing instead of trapping.
    public mutating func checkedSetParameterValues(_ values: [Double]) throws(QSimError) {
        try validate(parameters: values)
        parameterValues = values
    }

    /// Throws unless `values` has one finite number per parameter.
    public func validate(parameters values: [Double]) throws(QSimError) {
        if values.count != parameterNames.count { throw .parameterCount(expected: parameterNames.count, got: values.count) }
        if !values.allSatisfy(\.isFinite) { throw .notFinite(what: "every parameter value") }
    }

    /// Throws unless `gate` may act on `targets` with `controls` in this circuit: qubits in
    /// range and distinct, the right number of targets, finite angles, known parameters, and
    /// for a matrix the right size and unitarity (within 1e-8).
    public func validate(_ gate: Gate, on targets: [Int], controls: [Int] = []) throws(QSimError) {
        for q in controls + targets where q < 0 || q >= qubits { throw .qubitOutOfRange(qubit: q, qubits: qubits) }
        if Set(controls + targets).count != controls.count + targets.count { throw .duplicateQubits(controls + targets) }
        if case let .unitary(k, m) = gate.kind {
            let d = 1 << k
            if targets.count < 1 || targets.count > 12 || m.count != (1 << targets.count) * (1 << targets.count) || d * d != m.count {
                let rows = Int(Double(m.count).squareRoot())
                throw .matrixSize(expected: 1 << targets.count, rows: rows, columns: rows)
            }
            if !m.allSatisfy({ $0.re.isFinite && $0.im.isFinite }) { throw .notFinite(what: "every matrix entry") }
            let dev = DenseMatrix.unitarityDeviation(m, d)
            if dev > 1e-8 { throw .notUnitary(deviation: dev) }
        } else if targets.count != gate.qubitCount {
            throw .wrongQubitCount(gate: gate.name, expected: gate.qubitCount, got: targets.count)
        }
        for a in gate.angles {
            switch a {
            case let .constant(v): if !v.isFinite { throw .notFinite(what: "the angle of \(gate.name)") }
            case let .parameter(p):
                if p.index < 0 || p.index >= parameterCount { throw .parameterCount(expected: parameterCount, got: p.index + 1) }
                if !p.scale.isFinite || !p.offset.isFinite { throw .notFinite(what: "the angle of \(gate.name)") }
            }
        }
    }

    /// Appends `gate` on `targets` (with `controls`). Traps on invalid input; see `validate`.
    public mutating func append(_ gate: Gate, on targets: [Int], controls: [Int] = []) {
        orTrap { try checkedAppend(gate, on: targets, controls: controls) }
    }

    /// `append(_:on:controls:)`, throwing instead of trapping: the twin of every gate method.
    public mutating func checkedAppend(_ gate: Gate, on targets: [Int], controls: [Int] = []) throws(QSimError) {
        try validate(gate, on: targets, controls: controls)
        operations.append(Operation(gate, targets: targets, controls: controls))
    }

    /// Appends an operation. Traps on invalid input; see `validate`.
    public mutating func append(_ op: Operation) {
        append(op.gate, on: op.targets, controls: op.controls)
    }

    /// Throws unless `other` can follow this circuit (same number of qubits).
    public func validate(appending other: Circuit) throws(QSimError) {
        if other.qubits != qubits { throw .qubitCountMismatch(expected: qubits, got: other.qubits) }
    }

    /// Appends all of `other`'s operations; its parameters become new parameters of this
    /// circuit (indices shifted), keeping their names and values.
    public mutating func append(contentsOf other: Circuit) {
        orTrap { try checkedAppend(contentsOf: other) }
    }

    /// `append(contentsOf:)`, throwing instead of trapping.
    public mutating func checkedAppend(contentsOf other: Circuit) throws(QSimError) {
        try validate(appending: other)
        let shift = parameterCount
        parameterNames += other.parameterNames
        parameterValues += other.parameterValues
        for op in other.operations {
            let angles = op.gate.angles.map { a -> Angle in
                guard case var .parameter(p) = a else { return a }
                p = Parameter(index: p.index + shift, scale: p.scale, offset: p.offset)
                return .parameter(p)
            }
            operations.append(Operation(Gate(op.gate.kind, angles: angles), targets: op.targets, controls: op.controls))
        }
    }

    /// `a + b`, throwing instead of trapping.
    public func checkedAppending(_ other: Circuit) throws(QSimError) -> Circuit {
        var c = self
        try c.checkedAppend(contentsOf: other)
        return c
    }

    /// `a` then `b` (see `append(contentsOf:)`).
    public static func + (a: Circuit, b: Circuit) -> Circuit {
        var c = a
        c.append(contentsOf: b)
        return c
    }

    /// Appends an operation known to be valid (used by parsers and transformations).
    mutating func appendUnchecked(_ op: Operation) { operations.append(op) }

    /// Replaces the operations by ones known to be valid, keeping the parameters
    /// (transformations: inverse, parameter shifts).
    mutating func replaceOperations(_ ops: [Operation]) { operations = ops }
}
