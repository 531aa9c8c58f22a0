/// The gate methods: angle first, then qubits; controls before targets (DESIGN.md).
/// Angles are `Double`s or `Parameter`s (trainable). Each traps on invalid qubits.
extension Circuit {
    public mutating func id(_ q: Int) { append(.identity, on: [q]) }
    public mutating func h(_ q: Int) { append(.h, on: [q]) }
    public mutating func x(_ q: Int) { append(.x, on: [q]) }
    public mutating func y(_ q: Int) { append(.y, on: [q]) }
    public mutating func z(_ q: Int) { append(.z, on: [q]) }
    public mutating func s(_ q: Int) { append(.s, on: [q]) }
    public mutating func sdg(_ q: Int) { append(.sdg, on: [q]) }
    public mutating func t(_ q: Int) { append(.t, on: [q]) }
    public mutating func tdg(_ q: Int) { append(.tdg, on: [q]) }
    public mutating func sx(_ q: Int) { append(.sx, on: [q]) }
    public mutating func sxdg(_ q: Int) { append(.sxdg, on: [q]) }

    public mutating func rx(_ theta: Double, _ q: Int) { append(.rx(.constant(theta)), on: [q]) }
    public mutating func ry(_ theta: Double, _ q: Int) { append(.ry(.constant(theta)), on: [q]) }
    public mutating func rz(_ theta: Double, _ q: Int) { append(.rz(.constant(theta)), on: [q]) }
    public mutating func phase(_ lambda: Double, _ q: Int) { append(.phase(.constant(lambda)), on: [q]) }
    public mutating func rx(_ theta: Parameter, _ q: Int) { append(.rx(.parameter(theta)), on: [q]) }
    public mutating func ry(_ theta: Parameter, _ q: Int) { append(.ry(.parameter(theta)), on: [q]) }
    public mutating func rz(_ theta: Parameter, _ q: Int) { append(.rz(.parameter(theta)), on: [q]) }
    public mutating func phase(_ lambda: Parameter, _ q: Int) { append(.phase(.parameter(lambda)), on: [q]) }

    /// OpenQASM's U(θ, φ, λ).
    public mutating func u3(_ theta: Double, _ phi: Double, _ lambda: Double, _ q: Int) {
        append(.u3(.constant(theta), .constant(phi), .constant(lambda)), on: [q])
    }
    /// U3 with any mix of constant and parameter angles (`.parameter(p)` or a literal).
    public mutating func u3(_ theta: Angle, _ phi: Angle, _ lambda: Angle, _ q: Int) {
        append(.u3(theta, phi, lambda), on: [q])
    }

    public mutating func cnot(_ control: Int, _ target: Int) { append(.x, on: [target], controls: [control]) }
    public mutating func cx(_ control: Int, _ target: Int) { cnot(control, target) }
    public mutating func cy(_ control: Int, _ target: Int) { append(.y, on: [target], controls: [control]) }
    public mutating func cz(_ control: Int, _ target: Int) { append(.z, on: [target], controls: [control]) }
    public mutating func ch(_ control: Int, _ target: Int) { append(.h, on: [target], controls: [control]) }
    public mutating func swap(_ a: Int, _ b: Int) { append(.swap, on: [a, b]) }
    public mutating func ccx(_ c1: Int, _ c2: Int, _ target: Int) { append(.x, on: [target], controls: [c1, c2]) }
    public mutating func cswap(_ control: Int, _ a: Int, _ b: Int) { append(.swap, on: [a, b], controls: [control]) }

    public mutating func crx(_ theta: Double, _ control: Int, _ target: Int) { append(.rx(.constant(theta)), on: [target], controls: [control]) }
    public mutating func cry(_ theta: Double, _ control: Int, _ target: Int) { append(.ry(.constant(theta)), on: [target], controls: [control]) }
    public mutating func crz(_ theta: Double, _ control: Int, _ target: Int) { append(.rz(.constant(theta)), on: [target], controls: [control]) }
    public mutating func cphase(_ lambda: Double, _ control: Int, _ target: Int) { append(.phase(.constant(lambda)), on: [target], controls: [control]) }
    public mutating func crx(_ theta: Parameter, _ control: Int, _ target: Int) { append(.rx(.parameter(theta)), on: [target], controls: [control]) }
    public mutating func cry(_ theta: Parameter, _ control: Int, _ target: Int) { append(.ry(.parameter(theta)), on: [target], controls: [control]) }
    public mutating func crz(_ theta: Parameter, _ control: Int, _ target: Int) { append(.rz(.parameter(theta)), on: [target], controls: [control]) }
    public mutating func cphase(_ lambda: Parameter, _ control: Int, _ target: Int) { append(.phase(.parameter(lambda)), on: [target], controls: [control]) }

    /// exp(−iθ Z⊗Z/2), exp(−iθ X⊗X/2), exp(−iθ Y⊗Y/2).
    public mutating func zz(_ theta: Double, _ a: Int, _ b: Int) { append(.zz(.constant(theta)), on: [a, b]) }
    public mutating func xx(_ theta: Double, _ a: Int, _ b: Int) { append(.xx(.constant(theta)), on: [a, b]) }
    public mutating func yy(_ theta: Double, _ a: Int, _ b: Int) { append(.yy(.constant(theta)), on: [a, b]) }
    public mutating func zz(_ theta: Parameter, _ a: Int, _ b: Int) { append(.zz(.parameter(theta)), on: [a, b]) }
    public mutating func xx(_ theta: Parameter, _ a: Int, _ b: Int) { append(.xx(.parameter(theta)), on: [a, b]) }
    public mutating func yy(_ theta: Parameter, _ a: Int, _ b: Int) { append(.yy(.parameter(theta)), on: [a, b]) }

    /// Any gate controlled by `controls` (all must be |1⟩): `c.controlled(.h, controls: [0, 1], targets: [2])`.
    public mutating func controlled(_ gate: Gate, controls: [Int], targets: [Int]) {
        append(gate, on: targets, controls: controls)
    }

    /// `controlled(_:controls:targets:)`, throwing instead of trapping.
    public mutating func checkedControlled(_ gate: Gate, controls: [Int], targets: [Int]) throws(QSimError) {
        try checkedAppend(gate, on: targets, controls: controls)
    }

    /// A unitary matrix (rows, 2^k × 2^k) on `qubits`; the first qubit is the most significant
    /// bit of the matrix index. Checked for size and unitarity. Number literals are `Complex`
    /// literals: `c.unitary([[0, 1], [1, 0]], on: [0])`.
    public mutating func unitary(_ matrix: [[Complex]], on qubits: [Int]) {
        orTrap { try checkedUnitary(matrix, on: qubits) }
    }

    /// `unitary(_:on:)`, throwing instead of trapping.
    public mutating func checkedUnitary(_ matrix: [[Complex]], on qubits: [Int]) throws(QSimError) {
        try validateMatrixShape(matrix)
        try checkedAppend(.unitary(matrix), on: qubits)
    }

    /// Throws unless `matrix` is square with a power-of-two side (checks before `validate`).
    public func validateMatrixShape(_ matrix: [[Complex]]) throws(QSimError) {
        let d = matrix.count
        if d < 2 || d & (d - 1) != 0 || matrix.contains(where: { $0.count != d }) {
            throw .matrixSize(expected: max(2, d), rows: d, columns: matrix.first?.count ?? 0)
        }
    }
}
