extension Operation {
    /// Applies this operation to a state of `n` qubits, choosing the kernel by the gate's
    /// structure: real / complex dense, diagonal, anti-diagonal (X-type), swap, k-qubit dense.
    func apply(to s: StatePointer, qubits n: Int, values: [Double], _ par: Parallelism) {
        let (bits, cbits, a) = kernelArguments(qubits: n, values: values)
        applyKernel(s, bits, cbits, a, par)
    }

    /// What kernels take: target and control bits (qubit q of n is bit n−1−q) and the angles'
    /// values.
    func kernelArguments(qubits n: Int, values: [Double]) -> (bits: [Int], controls: [Int], angles: [Double]) {
        (targets.map { n - 1 - $0 }, controls.map { n - 1 - $0 }, gate.angles.map { $0.value(values) })
    }

    /// Same as `apply`, with angles already evaluated and bits given (for blocked execution).
    func applyKernel(_ s: StatePointer, _ bits: [Int], _ cbits: [Int], _ a: [Double], _ par: Parallelism) {
        switch gate.kind {
        case .identity: return
        case .h, .ry:
            let (m00, m01, m10, m11) = gate.realMatrix(a)!
            Kernels.realMatrix1(s, bits[0], m00, m01, m10, m11, controls: cbits, par)
        case .x: Kernels.antiDiagonal1(s, bits[0], .one, .one, controls: cbits, par)
        case .y: Kernels.antiDiagonal1(s, bits[0], -Complex.i, .i, controls: cbits, par)
        case .z, .s, .sdg, .t, .tdg, .rz, .phase:
            let m = gate.matrix(a)
            Kernels.diagonal1(s, bits[0], m[0], m[3], controls: cbits, par)
        case .rx, .sx, .sxdg, .u3:
            Kernels.matrix1(s, bits[0], gate.matrix(a), controls: cbits, par)
        case .swap: Kernels.swap2(s, bits[0], bits[1], controls: cbits, par)
        case .zz:
            let m = gate.matrix(a)
            Kernels.diagonal(s, bits, [m[0], m[5], m[10], m[15]], controls: cbits, par)
        case .xx, .yy: Kernels.matrix2(s, bits[0], bits[1], gate.matrix(a), controls: cbits, par)
        case let .unitary(k, m):
            Self.applyMatrix(s, bits, m, k, controls: cbits, par)
        }
    }

    /// A dense matrix on `bits`, routed to the cheapest kernel its structure allows.
    static func applyMatrix(_ s: StatePointer, _ bits: [Int], _ m: [Complex], _ k: Int,
                            controls: [Int], _ par: Parallelism) {
        let d = 1 << k
        if DenseMatrix.isDiagonal(m, d) {
            let diag = (0..<d).map { m[$0 * d + $0] }
            if k == 1 {
                Kernels.diagonal1(s, bits[0], diag[0], diag[1], controls: controls, par)
            } else {
                Kernels.diagonal(s, bits, diag, controls: controls, par)
            }
        } else if k == 1 {
            if m[0] == .zero && m[3] == .zero {
                Kernels.antiDiagonal1(s, bits[0], m[1], m[2], controls: controls, par)
            } else if m.allSatisfy({ $0.im == 0 }) {
                Kernels.realMatrix1(s, bits[0], m[0].re, m[1].re, m[2].re, m[3].re, controls: controls, par)
            } else {
                Kernels.matrix1(s, bits[0], m, controls: controls, par)
            }
        } else if k == 2 {
            Kernels.matrix2(s, bits[0], bits[1], m, controls: controls, par)
        } else {
            Kernels.matrixK(s, bits, m, controls: controls, par)
        }
    }

    /// Replaces the state by (∂U/∂angle[k]) applied to it: the derivative matrix on the
    /// targets, zero on the subspace where the controls are not all |1⟩.
    func applyDerivative(angle k: Int, to s: StatePointer, qubits n: Int, values: [Double], _ par: Parallelism) {
        let (bits, cbits, a) = kernelArguments(qubits: n, values: values)
        let dm = gate.derivative(angle: k, a)
        Self.applyMatrix(s, bits, dm, gate.qubitCount, controls: cbits, par)
        if !cbits.isEmpty { Kernels.zeroUnlessControlled(s, controls: cbits) }
    }
}
