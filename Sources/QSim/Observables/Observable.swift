/// A weighted sum of Pauli strings (a Hermitian observable): `0.5 * .z(0) * .z(1) + .x(0)`.
public struct Observable: Codable, Hashable, Sendable {
    public var terms: [PauliString]

    public init(_ terms: [PauliString]) { self.terms = terms }
    public init(_ term: PauliString) { terms = [term] }

    public static func + (a: Observable, b: Observable) -> Observable { Observable(a.terms + b.terms) }
    public static func + (a: Observable, b: PauliString) -> Observable { Observable(a.terms + [b]) }
    public static func + (a: PauliString, b: Observable) -> Observable { Observable([a] + b.terms) }
    public static func - (a: Observable, b: PauliString) -> Observable { Observable(a.terms + [-b]) }
    public static func * (k: Double, o: Observable) -> Observable { Observable(o.terms.map { k * $0 }) }

    /// Throws unless every term fits a register of `n` qubits and is Hermitian.
    public func validate(qubits n: Int) throws(QSimError) {
        for t in terms { try t.validate(qubits: n) }
    }
}

extension PauliString {
    public static func + (a: PauliString, b: PauliString) -> Observable { Observable([a, b]) }
    public static func - (a: PauliString, b: PauliString) -> Observable { Observable([a, -b]) }
}

extension Observable: CustomStringConvertible {
    public var description: String {
        terms.isEmpty ? "0" : terms.map(\.description).joined(separator: " + ")
    }
}

extension StateVector {
    /// ⟨ψ|P|ψ⟩ for a Hermitian Pauli string. Traps on qubits out of range; see `validate`.
    public func expectation(_ p: PauliString) -> Double {
        orTrap { try checkedExpectation(p) }
    }

    /// ⟨ψ|O|ψ⟩ for a weighted sum of Pauli strings.
    public func expectation(_ o: Observable) -> Double {
        orTrap { try checkedExpectation(o) }
    }

    /// `expectation(_:)`, throwing instead of trapping.
    public func checkedExpectation(_ p: PauliString) throws(QSimError) -> Double {
        try p.validate(qubits: qubits)
        return pauliExpectation(p)
    }

    /// `expectation(_:)` of an observable, throwing instead of trapping (and stopping at the
    /// caller's deadline between terms).
    public func checkedExpectation(_ o: Observable) throws(QSimError) -> Double {
        try o.validate(qubits: qubits)
        var ticker = DeadlineTicker()
        var total = 0.0
        for t in o.terms {
            try ticker.tick(count)
            total += pauliExpectation(t)
        }
        return total
    }

    /// ⟨ψ|P|ψ⟩ = i^{#Y} Σⱼ conj(ψⱼ) (−1)^{|(j⊕x)∧z|} ψ_{j⊕x}, in one pass with fixed-block sums.
    func pauliExpectation(_ p: PauliString) -> Double {
        let (x, z, ny) = p.masks(qubits: qubits)
        let re = storage.re, im = storage.im
        // Real and imaginary parts of Σ conj(ψⱼ) sign ψ_{j⊕x}; which one survives depends on i^{#Y}.
        let useImag = ny % 2 == 1
        let total = Parallelism.default.sum(count: count) { r in
            var acc = 0.0
            for j in r {
                let k = j ^ x
                let sign: Double = (k & z).nonzeroBitCount & 1 == 0 ? 1 : -1
                acc += useImag ? sign * (re[j] * im[k] - im[j] * re[k]) : sign * (re[j] * re[k] + im[j] * im[k])
            }
            return acc
        }
        // i^{ny}: 0 -> 1, 1 -> i, 2 -> -1, 3 -> -i; the expectation is real for Hermitian P.
        let factor: Double
        switch ny % 4 {
        case 0: factor = 1
        case 1: factor = -1     // Re(i·(a + ib)) = −b
        case 2: factor = -1
        default: factor = 1     // Re(−i·(a + ib)) = b
        }
        return p.coefficient * factor * total
    }

    /// The state after applying P (with its coefficient): P|ψ⟩. Used by the adjoint method.
    func applyingObservable(_ o: Observable) -> StateVector {
        let out = StateVector(qubits: qubits, storage: AmplitudeStorage(count: count))
        let re = storage.re, im = storage.im, ore = out.storage.re, oim = out.storage.im
        for p in o.terms {
            let (x, z, ny) = p.masks(qubits: qubits)
            // Multiply (a + ib) by i^{ny} = c + is.
            let phase = Complex.iPower(ny)
            let (c, s) = (phase.re, phase.im)
            let k0 = p.coefficient
            for j in 0..<count {
                let k = j ^ x
                let sign: Double = (k & z).nonzeroBitCount & 1 == 0 ? k0 : -k0
                let ar = re[k] * sign, ai = im[k] * sign
                ore[j] += c * ar - s * ai
                oim[j] += c * ai + s * ar
            }
        }
        return out
    }
}
