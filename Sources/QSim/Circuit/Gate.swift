/// A gate without its qubits: what it does, and the angles it reads.
///
/// Conventions (DESIGN.md): RX(θ) = exp(−iθX/2), likewise RY, RZ; XX/YY/ZZ(θ) = exp(−iθ P⊗P/2);
/// phase(λ) = diag(1, e^{iλ}); U3(θ, φ, λ) = [[cos θ/2, −e^{iλ} sin θ/2], [e^{iφ} sin θ/2,
/// e^{i(φ+λ)} cos θ/2]] (OpenQASM's U). Multi-qubit matrices index their first qubit as the most
/// significant bit.
public struct Gate: Codable, Hashable, Sendable {
    public enum Kind: Codable, Hashable, Sendable {
        case identity, h, x, y, z, s, sdg, t, tdg, sx, sxdg
        case rx, ry, rz, phase, u3
        case swap, xx, yy, zz
        /// A user matrix on `qubits` qubits, row major (2^k × 2^k).
        case unitary(qubits: Int, matrix: [Complex])
    }

    public let kind: Kind
    public let angles: [Angle]

    public init(_ kind: Kind, angles: [Angle] = []) {
        self.kind = kind
        self.angles = angles
    }

    public static let identity = Gate(.identity), h = Gate(.h), x = Gate(.x), y = Gate(.y), z = Gate(.z)
    public static let s = Gate(.s), sdg = Gate(.sdg), t = Gate(.t), tdg = Gate(.tdg)
    public static let sx = Gate(.sx), sxdg = Gate(.sxdg), swap = Gate(.swap)
    public static func rx(_ a: Angle) -> Gate { Gate(.rx, angles: [a]) }
    public static func ry(_ a: Angle) -> Gate { Gate(.ry, angles: [a]) }
    public static func rz(_ a: Angle) -> Gate { Gate(.rz, angles: [a]) }
    public static func phase(_ a: Angle) -> Gate { Gate(.phase, angles: [a]) }
    public static func u3(_ theta: Angle, _ phi: Angle, _ lambda: Angle) -> Gate { Gate(.u3, angles: [theta, phi, lambda]) }
    public static func xx(_ a: Angle) -> Gate { Gate(.xx, angles: [a]) }
    public static func yy(_ a: Angle) -> Gate { Gate(.yy, angles: [a]) }
    public static func zz(_ a: Angle) -> Gate { Gate(.zz, angles: [a]) }

    /// A gate from a unitary matrix (rows); checked when added to a circuit.
    public static func unitary(_ rows: [[Complex]]) -> Gate {
        let k = rows.count.trailingZeroBitCount
        return Gate(.unitary(qubits: k, matrix: rows.flatMap { $0 }), angles: [])
    }

    /// Number of qubits the gate acts on (without controls).
    public var qubitCount: Int {
        switch kind {
        case .swap, .xx, .yy, .zz: return 2
        case let .unitary(k, _): return k
        default: return 1
        }
    }

    /// Lower-case name as in OpenQASM where one exists ("h", "rx", "u3", "rzz" is "zz" here).
    public var name: String {
        switch kind {
        case .identity: return "id"
        case .h: return "h"
        case .x: return "x"
        case .y: return "y"
        case .z: return "z"
        case .s: return "s"
        case .sdg: return "sdg"
        case .t: return "t"
        case .tdg: return "tdg"
        case .sx: return "sx"
        case .sxdg: return "sxdg"
        case .rx: return "rx"
        case .ry: return "ry"
        case .rz: return "rz"
        case .phase: return "p"
        case .u3: return "u3"
        case .swap: return "swap"
        case .xx: return "xx"
        case .yy: return "yy"
        case .zz: return "zz"
        case .unitary: return "unitary"
        }
    }

    /// True for gates built from Clifford generators only (H S X Y Z SWAP and their inverses).
    public var isClifford: Bool {
        switch kind {
        case .identity, .h, .x, .y, .z, .s, .sdg, .swap: return true
        default: return false
        }
    }

    /// The inverse gate (adjoint).
    public var inverse: Gate {
        switch kind {
        case .identity, .h, .x, .y, .z, .swap: return self
        case .s: return .sdg
        case .sdg: return .s
        case .t: return .tdg
        case .tdg: return .t
        case .sx: return .sxdg
        case .sxdg: return .sx
        case .rx, .ry, .rz, .phase, .xx, .yy, .zz: return Gate(kind, angles: [angles[0].negated])
        case .u3: return Gate(.u3, angles: [angles[0].negated, angles[2].negated, angles[1].negated])
        case let .unitary(k, m):
            let d = 1 << k
            var t = [Complex](repeating: .zero, count: d * d)
            for r in 0..<d { for c in 0..<d { t[c * d + r] = m[r * d + c].conjugate } }
            return Gate(.unitary(qubits: k, matrix: t))
        }
    }
}
