/// The state of `qubits` qubits as 2ⁿ complex amplitudes.
///
/// Basis index convention (DESIGN.md): qubit 0 is the MOST significant bit, so for 3 qubits the
/// amplitude of |q0 q1 q2⟩ = |1 0 0⟩ sits at index 4. A value type: copies are independent
/// (copy on write).
public struct StateVector: @unchecked Sendable {
    public let qubits: Int
    var storage: AmplitudeStorage

    /// Largest register a state vector may have (the memory check usually refuses earlier).
    public static let maxQubits = 40

    /// Number of amplitudes, 2ⁿ.
    public var count: Int { storage.count }

    /// |0…0⟩ on `qubits` qubits. Traps when too large for memory; see `validate(qubits:)`.
    public init(qubits: Int) {
        requireValid { try StateVector.validate(qubits: qubits) }
        self.qubits = qubits
        storage = AmplitudeStorage(count: 1 << qubits)
        storage.re[0] = 1
    }

    /// The computational basis state with the given index.
    public init(basisState index: Int, qubits: Int) {
        requireValid {
            try StateVector.validate(qubits: qubits)
            if index < 0 || index >= 1 << qubits { throw QSimError.unsupported("basis index \(index) out of range 0..<\(1 << qubits)") }
        }
        self.qubits = qubits
        storage = AmplitudeStorage(count: 1 << qubits)
        storage.re[index] = 1
    }

    /// A state from real amplitudes (as in DESIGN.md); the norm must be 1 within 1e-8.
    public init(amplitudes: [Double]) {
        self.init(amplitudes: amplitudes.map { Complex($0, 0) })
    }

    /// A state from complex amplitudes; the norm must be 1 within 1e-8.
    public init(amplitudes: [Complex]) {
        requireValid { try StateVector.validate(amplitudes: amplitudes) }
        self.init(unchecked: amplitudes)
    }

    /// A state from amplitudes without the norm check (length must be a power of two).
    init(unchecked amplitudes: [Complex]) {
        qubits = amplitudes.count.trailingZeroBitCount
        storage = AmplitudeStorage(count: amplitudes.count)
        for (i, a) in amplitudes.enumerated() {
            storage.re[i] = a.re
            storage.im[i] = a.im
        }
    }

    init(qubits: Int, storage: AmplitudeStorage) {
        self.qubits = qubits
        self.storage = storage
    }

    /// Throws unless a state of `qubits` qubits is allowed and fits in memory.
    public static func validate(qubits: Int) throws(QSimError) {
        if qubits < 1 || qubits > maxQubits { throw .invalidQubitCount(qubits, supported: 1...maxQubits) }
        try MemoryGuard.check(bytes: MemoryGuard.stateVectorBytes(qubits: qubits), qubits: qubits)
    }

    /// Throws unless `amplitudes` has a power-of-two length ≥ 2, finite entries and norm 1.
    public static func validate(amplitudes: [Complex]) throws(QSimError) {
        let n = amplitudes.count
        if n < 2 || n & (n - 1) != 0 { throw .invalidLength(n) }
        try validate(qubits: n.trailingZeroBitCount)
        var norm = 0.0
        for a in amplitudes {
            if !a.re.isFinite || !a.im.isFinite { throw .notFinite(what: "every amplitude") }
            norm += a.magnitudeSquared
        }
        if abs(norm - 1) > 1e-8 { throw .notNormalized(normSquared: norm) }
    }

    /// Real-amplitude form of `validate(amplitudes:)`.
    public static func validate(amplitudes: [Double]) throws(QSimError) {
        try validate(amplitudes: amplitudes.map { Complex($0, 0) })
    }

    /// All amplitudes (index = basis state, qubit 0 most significant).
    public var amplitudes: [Complex] {
        (0..<count).map { Complex(storage.re[$0], storage.im[$0]) }
    }

    /// The amplitude ⟨index|ψ⟩. Traps on an index outside 0..<count.
    public func amplitude(_ index: Int) -> Complex {
        orTrap { try checkedAmplitude(index) }
    }

    /// The amplitude of a basis state written as a bitstring, qubit 0 first: `amplitude("101")`.
    public func amplitude(_ bitstring: String) -> Complex {
        orTrap { try checkedAmplitude(bitstring) }
    }

    /// Throws unless `bitstring` is `qubits` characters of 0 and 1.
    public func validate(bitstring: String) throws(QSimError) {
        if bitstring.count != qubits || !bitstring.allSatisfy({ $0 == "0" || $0 == "1" }) {
            throw .unsupported("expected a bitstring of \(qubits) characters 0 or 1, got \"\(bitstring)\"")
        }
    }

    /// Makes the storage unique before an in-place change.
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = AmplitudeStorage(copying: storage) }
    }

    /// ⟨self|other⟩.
    public func innerProduct(_ other: StateVector) -> Complex {
        precondition(other.qubits == qubits, "\(QSimError.qubitCountMismatch(expected: qubits, got: other.qubits))")
        var re = 0.0, im = 0.0
        for i in 0..<count {
            let ar = storage.re[i], ai = storage.im[i], br = other.storage.re[i], bi = other.storage.im[i]
            re += ar * br + ai * bi
            im += ar * bi - ai * br
        }
        return Complex(re, im)
    }

    /// |⟨self|other⟩|².
    public func fidelity(with other: StateVector) -> Double { orTrap { try checkedFidelity(with: other) } }

    /// Σ|aᵢ|² (1 for a valid state, up to rounding).
    public var normSquared: Double {
        let re = storage.re, im = storage.im
        return Parallelism.default.sum(count: count) { r in
            var s = 0.0
            for i in r { s += re[i] * re[i] + im[i] * im[i] }
            return s
        }
    }
}

extension StateVector: Equatable {
    /// Exact equality of all amplitudes.
    public static func == (a: StateVector, b: StateVector) -> Bool {
        guard a.qubits == b.qubits else { return false }
        for i in 0..<a.count where a.storage.re[i] != b.storage.re[i] || a.storage.im[i] != b.storage.im[i] {
            return false
        }
        return true
    }
}

extension StateVector {
    /// `init(qubits:)`, throwing instead of trapping.
    public static func checked(qubits: Int) throws(QSimError) -> StateVector {
        try validate(qubits: qubits)
        return StateVector(qubits: qubits)
    }

    /// `init(basisState:qubits:)`, throwing instead of trapping.
    public static func checked(basisState index: Int, qubits: Int) throws(QSimError) -> StateVector {
        try validate(qubits: qubits)
        if index < 0 || index >= 1 << qubits { throw .unsupported("basis index \(index) out of range 0..<\(1 << qubits)") }
        return StateVector(basisState: index, qubits: qubits)
    }

    /// `init(amplitudes:)`, throwing instead of trapping.
    public static func checked(amplitudes: [Double]) throws(QSimError) -> StateVector {
        try validate(amplitudes: amplitudes)
        return StateVector(unchecked: amplitudes.map { Complex($0, 0) })
    }

    /// `init(amplitudes:)` for complex amplitudes, throwing instead of trapping.
    public static func checked(amplitudes: [Complex]) throws(QSimError) -> StateVector {
        try validate(amplitudes: amplitudes)
        return StateVector(unchecked: amplitudes)
    }

    /// `amplitude(_:)`, throwing instead of trapping.
    public func checkedAmplitude(_ index: Int) throws(QSimError) -> Complex {
        if index < 0 || index >= count { throw .unsupported("basis index \(index) out of range 0..<\(count)") }
        return Complex(storage.re[index], storage.im[index])
    }

    /// `amplitude(_ bitstring:)`, throwing instead of trapping.
    public func checkedAmplitude(_ bitstring: String) throws(QSimError) -> Complex {
        try validate(bitstring: bitstring)
        return try checkedAmplitude(Int(bitstring, radix: 2)!)
    }

    /// `innerProduct(_:)`, throwing instead of trapping.
    public func checkedInnerProduct(_ other: StateVector) throws(QSimError) -> Complex {
        if other.qubits != qubits { throw .qubitCountMismatch(expected: qubits, got: other.qubits) }
        return innerProduct(other)
    }

    /// `fidelity(with:)`, throwing instead of trapping.
    public func checkedFidelity(with other: StateVector) throws(QSimError) -> Double {
        try checkedInnerProduct(other).magnitudeSquared
    }
}
