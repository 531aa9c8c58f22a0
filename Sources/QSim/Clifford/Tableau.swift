/// A stabilizer state of many qubits as an Aaronson–Gottesman tableau (Phys. Rev. A 70, 052328):
/// n destabilizer rows, n stabilizer rows and one scratch row, each a Pauli product stored as
/// bit-packed X and Z parts plus a sign bit. Gates cost O(n), a measurement O(n²/64) words.
///
/// Qubit 0 is the most significant bit of a measured basis index, as everywhere in QSim.
public struct Tableau: Codable, Sendable {
    public let qubits: Int
    let words: Int
    /// Row-major bits: row r, word w at r·words + w.
    var x: [UInt64]
    var z: [UInt64]
    var r: [UInt8]

    public static let maxQubits = 1 << 16

    /// |0…0⟩: destabilizer i = X_i, stabilizer i = Z_i.
    public init(qubits: Int) {
        requireValid { try Tableau.validate(qubits: qubits) }
        self.qubits = qubits
        words = (qubits + 63) / 64
        let rows = 2 * qubits + 1
        x = [UInt64](repeating: 0, count: rows * words)
        z = x
        r = [UInt8](repeating: 0, count: rows)
        for i in 0..<qubits {
            x[i * words + i / 64] |= 1 << UInt64(i % 64)
            z[(i + qubits) * words + i / 64] |= 1 << UInt64(i % 64)
        }
    }

    public static func validate(qubits: Int) throws(QSimError) {
        if qubits < 1 || qubits > maxQubits { throw .invalidQubitCount(qubits, supported: 1...maxQubits) }
        let bytes = (2 * qubits + 1) * ((qubits + 63) / 64) * 16
        try MemoryGuard.check(bytes: bytes, qubits: qubits)
    }

    /// `init(qubits:)`, throwing instead of trapping.
    public static func checked(qubits: Int) throws(QSimError) -> Tableau {
        try validate(qubits: qubits)
        return Tableau(qubits: qubits)
    }

    /// `init(_ circuit:)`, throwing instead of trapping.
    public static func checked(_ circuit: Circuit) throws(QSimError) -> Tableau {
        try validate(circuit)
        return Tableau(circuit)
    }

    /// Runs a Clifford circuit from |0…0⟩.
    public init(_ circuit: Circuit) {
        requireValid { try Tableau.validate(circuit) }
        self.init(qubits: circuit.qubits)
        for op in circuit.operations { apply(op) }
    }

    /// Throws unless every operation is one the tableau simulates: H S S† X Y Z I SWAP and
    /// CNOT (cx) / CZ with one control.
    public static func validate(_ circuit: Circuit) throws(QSimError) {
        try validate(qubits: circuit.qubits)
        for op in circuit.operations where !isSupported(op) { throw .notClifford(gate: op.name) }
    }

    static func isSupported(_ op: Operation) -> Bool {
        switch (op.controls.count, op.gate.kind) {
        case (0, .identity), (0, .h), (0, .s), (0, .sdg), (0, .x), (0, .y), (0, .z), (0, .swap): return true
        case (1, .x), (1, .z): return true
        default: return false
        }
    }

    @inline(__always) func bit(_ a: [UInt64], _ row: Int, _ q: Int) -> Bool {
        (a[row * words + q / 64] >> UInt64(q % 64)) & 1 == 1
    }

    /// Applies a supported operation.
    mutating func apply(_ op: Operation) {
        switch (op.controls.count, op.gate.kind) {
        case (0, .identity): break
        case (0, .h): hadamard(op.targets[0])
        case (0, .s): phase(op.targets[0])
        case (0, .sdg): phase(op.targets[0]); phase(op.targets[0]); phase(op.targets[0])
        case (0, .x): pauli(op.targets[0], flipOnZ: true, flipOnX: false)
        case (0, .y): pauli(op.targets[0], flipOnZ: true, flipOnX: true)
        case (0, .z): pauli(op.targets[0], flipOnZ: false, flipOnX: true)
        case (0, .swap): exchange(op.targets[0], op.targets[1])
        case (1, .x): controlledNot(op.controls[0], op.targets[0])
        case (1, .z): hadamard(op.targets[0]); controlledNot(op.controls[0], op.targets[0]); hadamard(op.targets[0])
        default: preconditionFailure("not a Clifford operation: \(op.name)")
        }
    }

    /// H on qubit `a` (traps on a qubit out of range; see `checkedApply`).
    public mutating func h(_ a: Int) { orTrap { try checkedApply(.h, on: [a]) } }
    /// S on qubit `a`.
    public mutating func s(_ a: Int) { orTrap { try checkedApply(.s, on: [a]) } }
    /// CNOT with control `a` and target `b`.
    public mutating func cnot(_ a: Int, _ b: Int) { orTrap { try checkedApply(.x, on: [b], controls: [a]) } }
    /// SWAP of qubits `a` and `b`.
    public mutating func swap(_ a: Int, _ b: Int) { orTrap { try checkedApply(.swap, on: [a, b]) } }

    /// Applies a Clifford gate (H S S† X Y Z I SWAP, CNOT and CZ with one control); traps on a
    /// qubit out of range or a gate the tableau cannot simulate.
    public mutating func apply(_ gate: Gate, on targets: [Int], controls: [Int] = []) {
        orTrap { try checkedApply(gate, on: targets, controls: controls) }
    }

    /// `apply(_:on:controls:)`, throwing instead of trapping: the twin of the gate methods.
    public mutating func checkedApply(_ gate: Gate, on targets: [Int], controls: [Int] = []) throws(QSimError) {
        var c = try Circuit.checked(qubits: qubits)
        try c.checkedAppend(gate, on: targets, controls: controls)
        let op = c.operations[0]
        if !Tableau.isSupported(op) { throw .notClifford(gate: op.name) }
        apply(op)
    }

    mutating func hadamard(_ a: Int) {
        let w = a / 64, m = UInt64(1) << UInt64(a % 64)
        for row in 0..<(2 * qubits) {
            let i = row * words + w
            let xa = x[i] & m, za = z[i] & m
            if xa != 0 && za != 0 { r[row] ^= 1 }
            x[i] = (x[i] & ~m) | za
            z[i] = (z[i] & ~m) | xa
        }
    }

    mutating func phase(_ a: Int) {
        let w = a / 64, m = UInt64(1) << UInt64(a % 64)
        for row in 0..<(2 * qubits) {
            let i = row * words + w
            if x[i] & m != 0 && z[i] & m != 0 { r[row] ^= 1 }
            z[i] ^= x[i] & m
        }
    }

    /// X, Y, Z: flip the sign of rows that anticommute with the gate.
    mutating func pauli(_ a: Int, flipOnZ: Bool, flipOnX: Bool) {
        let w = a / 64, m = UInt64(1) << UInt64(a % 64)
        for row in 0..<(2 * qubits) {
            let i = row * words + w
            let hasX = x[i] & m != 0, hasZ = z[i] & m != 0
            if (flipOnZ && hasZ) != (flipOnX && hasX) { r[row] ^= 1 }
        }
    }

    mutating func controlledNot(_ a: Int, _ b: Int) {
        let wa = a / 64, ma = UInt64(1) << UInt64(a % 64)
        let wb = b / 64, mb = UInt64(1) << UInt64(b % 64)
        for row in 0..<(2 * qubits) {
            let ia = row * words + wa, ib = row * words + wb
            let xa = x[ia] & ma != 0, zb = z[ib] & mb != 0
            let xb = x[ib] & mb != 0, za = z[ia] & ma != 0
            if xa && zb && (xb == za) { r[row] ^= 1 }
            if xa { x[ib] ^= mb }
            if zb { z[ia] ^= ma }
        }
    }

    /// SWAP relabels two qubits: exchange their columns.
    mutating func exchange(_ a: Int, _ b: Int) {
        for row in 0..<(2 * qubits) {
            let va = (bit(x, row, a), bit(z, row, a)), vb = (bit(x, row, b), bit(z, row, b))
            set(&x, row, a, vb.0); set(&z, row, a, vb.1)
            set(&x, row, b, va.0); set(&z, row, b, va.1)
        }
    }

    @inline(__always) func set(_ a: inout [UInt64], _ row: Int, _ q: Int, _ v: Bool) {
        let m = UInt64(1) << UInt64(q % 64)
        if v { a[row * words + q / 64] |= m } else { a[row * words + q / 64] &= ~m }
    }
}
