/// One Pauli operator on one qubit.
public enum Pauli: Character, Hashable, Sendable {
    case i = "I", x = "X", y = "Y", z = "Z"
}

/// A product of Pauli operators on distinct qubits times a coefficient, e.g. `.z(0) * .z(1)`
/// or `0.5 * .x(2)`. Products on the same qubit multiply out (X·Y = iZ); a product whose phase
/// is ±i is not Hermitian and is refused by `expectation`.
public struct PauliString: Codable, Hashable, Sendable {
    /// Non-identity factors by qubit, ascending.
    public private(set) var factors: [Int: Pauli]
    /// Real coefficient.
    public var coefficient: Double
    /// Extra phase i^phase (0…3) from products like X·Y.
    public private(set) var phase: Int

    public init(_ factors: [Int: Pauli] = [:], coefficient: Double = 1) {
        self.factors = factors.filter { $0.value != .i }
        self.coefficient = coefficient
        phase = 0
    }

    public static func x(_ q: Int) -> PauliString { PauliString([q: .x]) }
    public static func y(_ q: Int) -> PauliString { PauliString([q: .y]) }
    public static func z(_ q: Int) -> PauliString { PauliString([q: .z]) }
    /// The identity (coefficient 1).
    public static var identity: PauliString { PauliString() }

    /// Parses "XIZ" (qubit 0 first); nil on other characters.
    public init?(_ text: String) {
        var f: [Int: Pauli] = [:]
        for (q, ch) in text.enumerated() {
            guard let p = Pauli(rawValue: ch) else { return nil }
            f[q] = p
        }
        self.init(f)
    }

    /// True when the string is Hermitian (no leftover factor ±i).
    public var isHermitian: Bool { phase % 2 == 0 }

    /// Qubits with a non-identity factor, ascending.
    public var support: [Int] { factors.keys.sorted() }

    public static func * (a: PauliString, b: PauliString) -> PauliString {
        var out = a
        out.coefficient *= b.coefficient
        out.phase = (a.phase + b.phase) % 4
        for (q, pb) in b.factors {
            guard let pa = out.factors[q] else { out.factors[q] = pb; continue }
            let (p, ph) = multiply(pa, pb)
            out.factors[q] = p == .i ? nil : p
            out.phase = (out.phase + ph) % 4
        }
        if out.phase >= 2 {            // i² = −1 folds into the real coefficient
            out.coefficient = -out.coefficient
            out.phase -= 2
        }
        return out
    }

    public static func * (k: Double, p: PauliString) -> PauliString {
        var out = p
        out.coefficient *= k
        return out
    }
    public static func * (p: PauliString, k: Double) -> PauliString { k * p }
    public static prefix func - (p: PauliString) -> PauliString { -1 * p }

    /// Single-qubit product a·b = i^phase · p.
    static func multiply(_ a: Pauli, _ b: Pauli) -> (Pauli, Int) {
        switch (a, b) {
        case (.i, _): return (b, 0)
        case (_, .i): return (a, 0)
        case _ where a == b: return (.i, 0)
        case (.x, .y): return (.z, 1)
        case (.y, .z): return (.x, 1)
        case (.z, .x): return (.y, 1)
        case (.y, .x): return (.z, 3)
        case (.z, .y): return (.x, 3)
        default: return (.y, 3)   // (.x, .z)
        }
    }

    /// Bit masks on a register of `n` qubits: X-or-Y factors, Z-or-Y factors, number of Ys.
    func masks(qubits n: Int) -> (x: Int, z: Int, y: Int) {
        var x = 0, z = 0, y = 0
        for (q, p) in factors {
            let bit = 1 << (n - 1 - q)
            if p == .x || p == .y { x |= bit }
            if p == .z || p == .y { z |= bit }
            if p == .y { y += 1 }
        }
        return (x, z, y)
    }

    /// Throws unless every qubit is inside a register of `n` qubits and the string is Hermitian.
    public func validate(qubits n: Int) throws(QSimError) {
        if !coefficient.isFinite { throw .notFinite(what: "the coefficient of a Pauli term") }
        for q in factors.keys.sorted() where q < 0 || q >= n { throw .qubitOutOfRange(qubit: q, qubits: n) }
        if !isHermitian { throw .unsupported("the Pauli product \(self) is not Hermitian (it carries a factor ±i)") }
    }
}

extension PauliString: CustomStringConvertible {
    /// e.g. "0.5·Z0 Z1", "-X2", "I".
    public var description: String {
        let ops = support.map { "\(factors[$0]!.rawValue)\($0)" }.joined(separator: " ")
        let body = ops.isEmpty ? "I" : ops
        let ph = phase == 1 ? "i·" : ""
        if coefficient == 1 { return ph + body }
        if coefficient == -1 { return "-" + ph + body }
        return NumberFormat.short(coefficient) + "·" + ph + body
    }
}

/// Written as its letter ("X"): a `Character` raw value is not `Codable` by itself.
extension Pauli: Codable {
    public init(from decoder: any Decoder) throws {
        let letter = try decoder.singleValueContainer().decode(String.self)
        guard letter.count == 1, let pauli = Pauli(rawValue: letter.first!) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a Pauli letter: \(letter)"))
        }
        self = pauli
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(rawValue))
    }
}
