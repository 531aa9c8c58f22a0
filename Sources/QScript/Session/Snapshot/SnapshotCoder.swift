/// A compact binary `Codable` format for library values in session snapshots.
///
/// Not JSON or a property list: both lose the sign of a NaN (and a property list decodes a
/// million doubles in most of a second), while a restored session must be bit for bit the state
/// it saved. Doubles are stored as their bit patterns; arrays of doubles and of integers as one
/// block. Keyed containers keep their keys (sorted, so equal values give equal bytes), which
/// is what lets `decodeIfPresent` ask whether a key is there.
enum SnapshotCoder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let root = Slot()
        try Writer(root, codingPath: []).encodeValue(value)
        var out = ByteWriter()
        out.write(try root.node())
        return out.bytes
    }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        var reader = ByteReader(bytes)
        let node = try reader.node()
        guard reader.atEnd else { throw SnapshotError.corrupt("trailing bytes after a library value") }
        return try Reader(node, codingPath: []).decodeValue(T.self)
    }
}

/// An encoded value as a tree: what `ByteWriter` writes and `ByteReader` reads.
indirect enum SnapshotNode {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(UInt64)
    case float(UInt32)
    case string(String)
    case doubles([Double])
    case ints([Int64])
    case uints([UInt64])
    case keyed([String: SnapshotNode])
    case unkeyed([SnapshotNode])
}

// MARK: encoding

/// One encoded value while its containers are still being filled.
private final class Slot {
    enum Content {
        case empty
        case leaf(SnapshotNode)
        case keyed([String: Slot])
        case unkeyed([Slot])
    }

    var content: Content = .empty

    /// The finished value, as `ByteWriter` writes it.
    func node() throws(SnapshotError) -> SnapshotNode {
        switch content {
        case .empty: throw .corrupt("a library value encoded nothing")
        case .leaf(let node): return node
        case .keyed(let entries):
            var nodes: [String: SnapshotNode] = [:]
            for (key, slot) in entries { nodes[key] = try slot.node() }
            return .keyed(nodes)
        case .unkeyed(let slots):
            var nodes: [SnapshotNode] = []
            for slot in slots { nodes.append(try slot.node()) }
            return .unkeyed(nodes)
        }
    }
}

/// Primitive values and the arrays stored as blocks; nil for anything that encodes itself.
private func leaf<T: Encodable>(_ value: T) -> SnapshotNode? {
    // Exact type tests, not `as?` casts: an empty `[Bool]` casts to `[Double]`.
    func cast<U>(_: U.Type) -> U { unsafeBitCast(value, to: U.self) }
    let t = ObjectIdentifier(T.self)
    return switch t {
    case ObjectIdentifier(Bool.self): .bool(cast(Bool.self))
    case ObjectIdentifier(String.self): .string(cast(String.self))
    case ObjectIdentifier(Double.self): .double(cast(Double.self).bitPattern)
    case ObjectIdentifier(Float.self): .float(cast(Float.self).bitPattern)
    case ObjectIdentifier(Int.self): .int(Int64(cast(Int.self)))
    case ObjectIdentifier(Int8.self): .int(Int64(cast(Int8.self)))
    case ObjectIdentifier(Int16.self): .int(Int64(cast(Int16.self)))
    case ObjectIdentifier(Int32.self): .int(Int64(cast(Int32.self)))
    case ObjectIdentifier(Int64.self): .int(cast(Int64.self))
    case ObjectIdentifier(UInt.self): .uint(UInt64(cast(UInt.self)))
    case ObjectIdentifier(UInt8.self): .uint(UInt64(cast(UInt8.self)))
    case ObjectIdentifier(UInt16.self): .uint(UInt64(cast(UInt16.self)))
    case ObjectIdentifier(UInt32.self): .uint(UInt64(cast(UInt32.self)))
    case ObjectIdentifier(UInt64.self): .uint(cast(UInt64.self))
    case ObjectIdentifier([Double].self): .doubles(cast([Double].self))
    case ObjectIdentifier([Int].self): .ints(cast([Int].self).map(Int64.init))
    case ObjectIdentifier([UInt64].self): .uints(cast([UInt64].self))
    default: nil
    }
}

private struct Writer: Encoder {
    let slot: Slot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ slot: Slot, codingPath: [any CodingKey]) {
        self.slot = slot
        self.codingPath = codingPath
    }

    func encodeValue(_ value: some Encodable) throws {
        if let node = leaf(value) {
            slot.content = .leaf(node)
        } else {
            try value.encode(to: self)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = slot.content {} else { slot.content = .keyed([:]) }
        return KeyedEncodingContainer(KeyedWriter<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed = slot.content {} else { slot.content = .unkeyed([]) }
        return UnkeyedWriter(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleWriter(slot: slot, codingPath: codingPath) }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> Slot {
        let child = Slot()
        if case .keyed(var entries) = slot.content {
            slot.content = .empty
            entries[key.stringValue] = child
            slot.content = .keyed(entries)
        }
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).content = .leaf(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try Writer(child(key), codingPath: codingPath + [key]).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        Writer(child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        Writer(child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { Writer(child(Key(stringValue: "super")!), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { Writer(child(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]

    var count: Int {
        if case .unkeyed(let slots) = slot.content { return slots.count }
        return 0
    }

    private func next() -> Slot {
        let child = Slot()
        if case .unkeyed(var slots) = slot.content {
            slot.content = .empty
            slots.append(child)
            slot.content = .unkeyed(slots)
        }
        return child
    }

    mutating func encodeNil() throws { next().content = .leaf(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try Writer(next(), codingPath: codingPath).encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        Writer(next(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { Writer(next(), codingPath: codingPath).unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { Writer(next(), codingPath: codingPath) }
}

private struct SingleWriter: SingleValueEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .leaf(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try Writer(slot, codingPath: codingPath).encodeValue(value) }
}

// MARK: decoding

private func mismatch(_ type: Any.Type, _ codingPath: [any CodingKey]) -> DecodingError {
    DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "snapshot holds another kind of value"))
}

/// The primitive or block `T` stored in `node`, nil when `T` decodes itself.
private func primitive<T>(_ type: T.Type, _ node: SnapshotNode, _ codingPath: [any CodingKey]) throws -> T? {
    func integer<I: FixedWidthInteger>(_: I.Type) throws -> I {
        switch node {
        case .int(let v): if let i = I(exactly: v) { return i }
        case .uint(let v): if let i = I(exactly: v) { return i }
        default: break
        }
        throw mismatch(type, codingPath)
    }
    let value: Any? = switch ObjectIdentifier(type) {
    case ObjectIdentifier(Bool.self): if case .bool(let v) = node { v } else { throw mismatch(type, codingPath) }
    case ObjectIdentifier(String.self): if case .string(let v) = node { v } else { throw mismatch(type, codingPath) }
    case ObjectIdentifier(Double.self): if case .double(let v) = node { Double(bitPattern: v) } else { throw mismatch(type, codingPath) }
    case ObjectIdentifier(Float.self): if case .float(let v) = node { Float(bitPattern: v) } else { throw mismatch(type, codingPath) }
    case ObjectIdentifier(Int.self): try integer(Int.self)
    case ObjectIdentifier(Int8.self): try integer(Int8.self)
    case ObjectIdentifier(Int16.self): try integer(Int16.self)
    case ObjectIdentifier(Int32.self): try integer(Int32.self)
    case ObjectIdentifier(Int64.self): try integer(Int64.self)
    case ObjectIdentifier(UInt.self): try integer(UInt.self)
    case ObjectIdentifier(UInt8.self): try integer(UInt8.self)
    case ObjectIdentifier(UInt16.self): try integer(UInt16.self)
    case ObjectIdentifier(UInt32.self): try integer(UInt32.self)
    case ObjectIdentifier(UInt64.self): try integer(UInt64.self)
    case ObjectIdentifier([Double].self): if case .doubles(let v) = node { v } else { nil }
    case ObjectIdentifier([Int].self): if case .ints(let v) = node { v.map { Int($0) } } else { nil }
    case ObjectIdentifier([UInt64].self): if case .uints(let v) = node { v } else { nil }
    default: nil
    }
    return value.map { $0 as! T }
}

private struct Reader: Decoder {
    let node: SnapshotNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ node: SnapshotNode, codingPath: [any CodingKey]) {
        self.node = node
        self.codingPath = codingPath
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = try primitive(type, node, codingPath) { return value }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .keyed(let entries) = node else { throw mismatch([String: Any].self, codingPath) }
        return KeyedDecodingContainer(KeyedReader<Key>(entries: entries, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .unkeyed(let nodes) = node else { throw mismatch([Any].self, codingPath) }
        return UnkeyedReader(nodes: nodes, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleReader(node: node, codingPath: codingPath) }
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [String: SnapshotNode]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { entries.keys.sorted().compactMap(Key.init(stringValue:)) }
    func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

    private func node(_ key: Key) throws -> SnapshotNode {
        guard let node = entries[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "not in the snapshot"))
        }
        return node
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try node(key) { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try Reader(node(key), codingPath: codingPath + [key]).decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try Reader(node(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try Reader(node(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { Reader(entries["super"] ?? .null, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try Reader(node(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedReader: UnkeyedDecodingContainer {
    let nodes: [SnapshotNode]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(nodes: [SnapshotNode], codingPath: [any CodingKey]) {
        self.nodes = nodes
        self.codingPath = codingPath
    }

    var count: Int? { nodes.count }
    var isAtEnd: Bool { currentIndex >= nodes.count }

    private mutating func next() throws -> SnapshotNode {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "past the end"))
        }
        currentIndex += 1
        return nodes[currentIndex - 1]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = nodes[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try Reader(next(), codingPath: codingPath).decodeValue(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try Reader(next(), codingPath: codingPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try Reader(next(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try Reader(next(), codingPath: codingPath) }
}

private struct SingleReader: SingleValueDecodingContainer {
    let node: SnapshotNode
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool {
        if case .null = node { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try Reader(node, codingPath: codingPath).decodeValue(type) }
}
