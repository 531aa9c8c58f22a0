/// State vectors and density matrices are written as their qubit count and the real and
/// imaginary parts of their entries (bit for bit), and read back with the counts checked.
extension AmplitudeStorage {
    convenience init(re: [Double], im: [Double]) {
        self.init(count: re.count)
        re.withUnsafeBufferPointer { self.re.update(from: $0.baseAddress!, count: count) }
        im.withUnsafeBufferPointer { self.im.update(from: $0.baseAddress!, count: count) }
    }

    var parts: (re: [Double], im: [Double]) {
        (Array(UnsafeBufferPointer(start: re, count: count)), Array(UnsafeBufferPointer(start: im, count: count)))
    }
}

private enum AmplitudeKeys: String, CodingKey {
    case qubits, re, im
}

private func decodeAmplitudes(_ decoder: any Decoder, entriesPerQubit: Int, maxQubits: Int) throws -> (Int, AmplitudeStorage) {
    let container = try decoder.container(keyedBy: AmplitudeKeys.self)
    let qubits = try container.decode(Int.self, forKey: .qubits)
    let re = try container.decode([Double].self, forKey: .re)
    let im = try container.decode([Double].self, forKey: .im)
    guard (1...maxQubits).contains(qubits), re.count == 1 << (entriesPerQubit * qubits), im.count == re.count else {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                debugDescription: "\(re.count) entries do not fit \(qubits) qubits"))
    }
    return (qubits, AmplitudeStorage(re: re, im: im))
}

private func encodeAmplitudes(_ encoder: any Encoder, qubits: Int, storage: AmplitudeStorage) throws {
    var container = encoder.container(keyedBy: AmplitudeKeys.self)
    let (re, im) = storage.parts
    try container.encode(qubits, forKey: .qubits)
    try container.encode(re, forKey: .re)
    try container.encode(im, forKey: .im)
}

extension StateVector: Codable {
    public init(from decoder: any Decoder) throws {
        (qubits, storage) = try decodeAmplitudes(decoder, entriesPerQubit: 1, maxQubits: StateVector.maxQubits)
    }

    public func encode(to encoder: any Encoder) throws {
        try encodeAmplitudes(encoder, qubits: qubits, storage: storage)
    }
}

extension DensityMatrix: Codable {
    public init(from decoder: any Decoder) throws {
        (qubits, storage) = try decodeAmplitudes(decoder, entriesPerQubit: 2, maxQubits: DensityMatrix.maxQubits)
    }

    public func encode(to encoder: any Encoder) throws {
        try encodeAmplitudes(encoder, qubits: qubits, storage: storage)
    }
}
