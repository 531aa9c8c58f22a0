/// A mixed state ρ of a small register (up to 13 qubits) for noisy simulation.
///
/// Stored as the vector of its 4ⁿ entries, ρ[r][c] at index r·2ⁿ + c, so a gate U acts as U on
/// the "row" qubits and conj(U) on the "column" qubits with the state-vector kernels.
public struct DensityMatrix: @unchecked Sendable {
    public let qubits: Int
    var storage: AmplitudeStorage

    public static let maxQubits = 13

    /// |0…0⟩⟨0…0|.
    public init(qubits: Int) {
        requireValid { try DensityMatrix.validate(qubits: qubits) }
        self.qubits = qubits
        storage = AmplitudeStorage(count: 1 << (2 * qubits))
        storage.re[0] = 1
    }

    /// |ψ⟩⟨ψ|.
    public init(_ psi: StateVector) {
        requireValid { try DensityMatrix.validate(qubits: psi.qubits) }
        qubits = psi.qubits
        let d = 1 << qubits
        storage = AmplitudeStorage(count: d * d)
        let a = psi.amplitudes
        for r in 0..<d {
            for c in 0..<d {
                let v = a[r] * a[c].conjugate
                storage.re[r * d + c] = v.re
                storage.im[r * d + c] = v.im
            }
        }
    }

    public static func validate(qubits: Int) throws(QSimError) {
        if qubits < 1 || qubits > maxQubits { throw .invalidQubitCount(qubits, supported: 1...maxQubits) }
        try MemoryGuard.check(bytes: (1 << (2 * qubits)) * 16, qubits: qubits)
    }

    var dimension: Int { 1 << qubits }
    var pointer: StatePointer { storage.pointer }

    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = AmplitudeStorage(copying: storage) }
    }

    /// The entry ρ[r][c].
    public subscript(row: Int, column: Int) -> Complex {
        Complex(storage.re[row * dimension + column], storage.im[row * dimension + column])
    }

    /// Tr ρ (1 up to rounding).
    public var trace: Double { (0..<dimension).reduce(0) { $0 + storage.re[$1 * dimension + $1] } }

    /// Tr ρ² (1 for a pure state, 1/2ⁿ for the maximally mixed one).
    public var purity: Double {
        (0..<storage.count).reduce(0) { $0 + storage.re[$1] * storage.re[$1] + storage.im[$1] * storage.im[$1] }
    }

    /// The diagonal: probabilities of the basis states (qubit 0 most significant).
    public func probabilities() -> [Double] {
        (0..<dimension).map { max(0, storage.re[$0 * dimension + $0]) }
    }

    /// Probabilities of read-out bitstrings, with readout error.
    public func probabilities(readout: ReadoutError) -> [Double] {
        requireValid { try readout.validate() }
        return readout.apply(to: probabilities(), qubits: qubits)
    }

    /// ⟨ψ|ρ|ψ⟩.
    public func fidelity(with psi: StateVector) -> Double {
        requireValid { if psi.qubits != qubits { throw QSimError.qubitCountMismatch(expected: qubits, got: psi.qubits) } }
        let a = psi.amplitudes
        var acc = Complex.zero
        for r in 0..<dimension { for c in 0..<dimension { acc += a[r].conjugate * self[r, c] * a[c] } }
        return acc.re
    }

    /// Tr(Pρ) for a Hermitian Pauli string: Σₖ i^{#Y} (−1)^{|j∧z|} ρ[j][k] with j = k ⊕ x.
    public func expectation(_ p: PauliString) -> Double {
        requireValid { try p.validate(qubits: qubits) }
        let (x, z, ny) = p.masks(qubits: qubits)
        var acc = Complex.zero
        for k in 0..<dimension {
            let j = k ^ x
            let sign: Double = (j & z).nonzeroBitCount & 1 == 0 ? 1 : -1
            acc += sign * self[j, k]
        }
        let phase = Complex.iPower(ny)
        return p.coefficient * (phase * acc).re
    }

    /// Tr(Oρ) for a weighted sum of Pauli strings.
    public func expectation(_ o: Observable) -> Double {
        requireValid { try o.validate(qubits: qubits) }
        return o.terms.reduce(0) { $0 + expectation($1) }
    }

    /// `shots` samples of read-out bitstrings (as indices), seeded; with optional readout error.
    public func sample(shots: Int, seed: Int, readout: ReadoutError? = nil) -> [Int] {
        requireValid { try StateVector.validate(shots: shots) }
        var p = readout.map { probabilities(readout: $0) } ?? probabilities()
        let total = p.reduce(0, +)
        p = p.map { $0 / total }
        return Sampler(probabilities: p).sample(shots: shots, seed: seed)
    }
}
