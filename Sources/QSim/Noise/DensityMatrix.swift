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
        orTrap { try checkedEntry(row: row, column: column) }
    }

    /// `self[row, column]`, throwing instead of trapping.
    public func checkedEntry(row: Int, column: Int) throws(QSimError) -> Complex {
        for i in [row, column] where i < 0 || i >= dimension {
            throw .unsupported("density-matrix index \(i) out of range 0..<\(dimension)")
        }
        return entry(row, column)
    }

    @inline(__always)
    func entry(_ row: Int, _ column: Int) -> Complex {
        Complex(storage.re[row * dimension + column], storage.im[row * dimension + column])
    }

    /// `init(qubits:)`, throwing instead of trapping.
    public static func checked(qubits: Int) throws(QSimError) -> DensityMatrix {
        try validate(qubits: qubits)
        return DensityMatrix(qubits: qubits)
    }

    /// `init(_ psi:)`, throwing instead of trapping.
    public static func checked(_ psi: StateVector) throws(QSimError) -> DensityMatrix {
        try validate(qubits: psi.qubits)
        return DensityMatrix(psi)
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
        orTrap { try checkedProbabilities(readout: readout) }
    }

    /// `probabilities(readout:)`, throwing instead of trapping.
    public func checkedProbabilities(readout: ReadoutError) throws(QSimError) -> [Double] {
        try readout.validate()
        return readout.apply(to: probabilities(), qubits: qubits)
    }

    /// ⟨ψ|ρ|ψ⟩.
    public func fidelity(with psi: StateVector) -> Double {
        orTrap { try checkedFidelity(with: psi) }
    }

    /// `fidelity(with:)`, throwing instead of trapping.
    public func checkedFidelity(with psi: StateVector) throws(QSimError) -> Double {
        if psi.qubits != qubits { throw .qubitCountMismatch(expected: qubits, got: psi.qubits) }
        let a = psi.amplitudes
        var acc = Complex.zero
        for r in 0..<dimension { for c in 0..<dimension { acc += a[r].conjugate * entry(r, c) * a[c] } }
        return acc.re
    }

    /// Tr(Pρ) for a Hermitian Pauli string: Σₖ i^{#Y} (−1)^{|j∧z|} ρ[j][k] with j = k ⊕ x.
    public func expectation(_ p: PauliString) -> Double {
        orTrap { try checkedExpectation(p) }
    }

    /// `expectation(_:)`, throwing instead of trapping.
    public func checkedExpectation(_ p: PauliString) throws(QSimError) -> Double {
        try p.validate(qubits: qubits)
        let (x, z, ny) = p.masks(qubits: qubits)
        var acc = Complex.zero
        for k in 0..<dimension {
            let j = k ^ x
            let sign: Double = (j & z).nonzeroBitCount & 1 == 0 ? 1 : -1
            acc += sign * entry(j, k)
        }
        let phase = Complex.iPower(ny)
        return p.coefficient * (phase * acc).re
    }

    /// Tr(Oρ) for a weighted sum of Pauli strings.
    public func expectation(_ o: Observable) -> Double {
        orTrap { try checkedExpectation(o) }
    }

    /// `expectation(_:)` of an observable, throwing instead of trapping.
    public func checkedExpectation(_ o: Observable) throws(QSimError) -> Double {
        try o.validate(qubits: qubits)
        var total = 0.0
        for t in o.terms { total += try checkedExpectation(t) }
        return total
    }

    /// `shots` samples of read-out bitstrings (as indices), seeded; with optional readout error.
    public func sample(shots: Int, seed: Int, readout: ReadoutError? = nil) -> [Int] {
        orTrap { try checkedSample(shots: shots, seed: seed, readout: readout) }
    }

    /// `sample(shots:seed:readout:)`, throwing instead of trapping.
    public func checkedSample(shots: Int, seed: Int, readout: ReadoutError? = nil) throws(QSimError) -> [Int] {
        try StateVector.validate(shots: shots)
        var p = try readout.map { (r) throws(QSimError) in try checkedProbabilities(readout: r) } ?? probabilities()
        let total = p.reduce(0, +)
        p = p.map { $0 / total }
        return try Sampler(probabilities: p).checkedSample(shots: shots, seed: seed)
    }
}
