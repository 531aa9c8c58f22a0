extension Gate {
    /// The real 2×2 matrix (row major) of H and RY, the gates the real kernels apply; nil for others.
    func realMatrix(_ a: [Double]) -> (Double, Double, Double, Double)? {
        switch kind {
        case .h:
            let r = (0.5).squareRoot()
            return (r, r, r, -r)
        case .ry:
            let c = cos(a[0] / 2), s = sin(a[0] / 2)
            return (c, -s, s, c)
        default: return nil
        }
    }

    /// The dense matrix (row major, 2^k × 2^k) for the given angle values.
    public func matrix(_ a: [Double]) -> [Complex] {
        switch kind {
        case .h, .ry:
            let (m00, m01, m10, m11) = realMatrix(a)!
            return [Complex(m00), Complex(m01), Complex(m10), Complex(m11)]
        case .identity: return [1, 0, 0, 1]
        case .x: return [0, 1, 1, 0]
        case .y: return [0, -Complex.i, .i, 0]
        case .z: return [1, 0, 0, -1]
        case .s: return [1, 0, 0, .i]
        case .sdg: return [1, 0, 0, -Complex.i]
        case .t: return [1, 0, 0, .exp(i: Double.pi / 4)]
        case .tdg: return [1, 0, 0, .exp(i: -Double.pi / 4)]
        case .sx: return [Complex(0.5, 0.5), Complex(0.5, -0.5), Complex(0.5, -0.5), Complex(0.5, 0.5)]
        case .sxdg: return [Complex(0.5, -0.5), Complex(0.5, 0.5), Complex(0.5, 0.5), Complex(0.5, -0.5)]
        case .rx:
            let c = cos(a[0] / 2), s = sin(a[0] / 2)
            return [Complex(c), Complex(0, -s), Complex(0, -s), Complex(c)]
        case .rz: return [.exp(i: -a[0] / 2), 0, 0, .exp(i: a[0] / 2)]
        case .phase: return [1, 0, 0, .exp(i: a[0])]
        case .u3:
            let c = cos(a[0] / 2), s = sin(a[0] / 2)
            return [Complex(c), -s * Complex.exp(i: a[2]), s * Complex.exp(i: a[1]), c * Complex.exp(i: a[1] + a[2])]
        case .swap: return [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1]
        case .xx:
            let c = Complex(cos(a[0] / 2)), s = Complex(0, -sin(a[0] / 2))
            return [c, 0, 0, s, 0, c, s, 0, 0, s, c, 0, s, 0, 0, c]
        case .yy:
            let c = Complex(cos(a[0] / 2)), s = Complex(0, sin(a[0] / 2))
            return [c, 0, 0, s, 0, c, -s, 0, 0, -s, c, 0, s, 0, 0, c]
        case .zz:
            let m = Complex.exp(i: -a[0] / 2), p = Complex.exp(i: a[0] / 2)
            return [m, 0, 0, 0, 0, p, 0, 0, 0, 0, p, 0, 0, 0, 0, m]
        case let .unitary(_, m): return m
        }
    }

    /// ∂matrix/∂angle[k] at the given angle values (used by the adjoint method).
    func derivative(angle k: Int, _ a: [Double]) -> [Complex] {
        switch kind {
        case .rx, .ry, .rz, .xx, .yy, .zz:
            // exp(−iθG/2) with G² = I: d/dθ = ½·M(θ + π).
            return matrix([a[0] + Double.pi]).map { 0.5 * $0 }
        case .phase:
            return [0, 0, 0, Complex.i * Complex.exp(i: a[0])]
        case .u3:
            let c = cos(a[0] / 2), s = sin(a[0] / 2)
            switch k {
            case 0: return matrix([a[0] + Double.pi, a[1], a[2]]).map { 0.5 * $0 }
            case 1: return [0, 0, Complex.i * s * Complex.exp(i: a[1]), Complex.i * c * Complex.exp(i: a[1] + a[2])]
            default: return [0, -Complex.i * s * Complex.exp(i: a[2]), 0, Complex.i * c * Complex.exp(i: a[1] + a[2])]
            }
        default:
            preconditionFailure("gate \(name) has no angle \(k)")
        }
    }

    /// How the parameter-shift rule differentiates angle `k` of this gate with `controls`
    /// controls: `twoTerm` when the generator's eigenvalues differ by 1 ({±½} or {0, 1}),
    /// `fourTerm` when they are {0, ±½} (controlled rotations).
    func shiftRule(angle k: Int, controlled: Bool) -> ShiftRule {
        switch kind {
        case .rx, .ry, .rz, .xx, .yy, .zz: return controlled ? .fourTerm : .twoTerm
        case .u3: return controlled && k == 0 ? .fourTerm : .twoTerm
        default: return .twoTerm
        }
    }
}

/// Parameter-shift rules (see Gradients/Gradients.md).
enum ShiftRule {
    case twoTerm, fourTerm
}

/// Row-major dense matrix helpers used by validation, tests of users and the density matrix.
enum DenseMatrix {
    /// max |(M†M − I)ᵢⱼ| for a d×d matrix.
    static func unitarityDeviation(_ m: [Complex], _ d: Int) -> Double {
        var worst = 0.0
        for r in 0..<d {
            for c in 0..<d {
                var acc = Complex.zero
                for k in 0..<d { acc += m[k * d + r].conjugate * m[k * d + c] }
                worst = max(worst, (acc - (r == c ? .one : .zero)).magnitude)
            }
        }
        return worst
    }

    static func isDiagonal(_ m: [Complex], _ d: Int) -> Bool {
        for r in 0..<d { for c in 0..<d where r != c && m[r * d + c] != .zero { return false } }
        return true
    }
}
