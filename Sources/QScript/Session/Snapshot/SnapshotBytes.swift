/// The byte layout of session snapshots: little-endian 64-bit words, counts and strings
/// prefixed by their length, and `SnapshotNode` trees tagged by kind. `ByteReader` checks every
/// length against what is left, so damaged bytes give `SnapshotError.corrupt`, never a crash.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ b: UInt8) { bytes.append(b) }
    mutating func append(_ more: [UInt8]) { bytes.append(contentsOf: more) }

    mutating func word(_ w: UInt64) {
        withUnsafeBytes(of: w.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ i: Int) { word(UInt64(bitPattern: Int64(i))) }

    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        int(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func write(_ node: SnapshotNode) {
        switch node {
        case .null: byte(0)
        case .bool(let v): byte(1); byte(v ? 1 : 0)
        case .int(let v): byte(2); word(UInt64(bitPattern: v))
        case .uint(let v): byte(3); word(v)
        case .double(let v): byte(4); word(v)
        case .float(let v): byte(5); word(UInt64(v))
        case .string(let v): byte(6); string(v)
        case .doubles(let v): byte(7); int(v.count); for x in v { word(x.bitPattern) }
        case .ints(let v): byte(8); int(v.count); for x in v { word(UInt64(bitPattern: x)) }
        case .uints(let v): byte(9); int(v.count); for x in v { word(x) }
        case .keyed(let entries):
            byte(10)
            int(entries.count)
            for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
                string(key)
                write(value)
            }
        case .unkeyed(let nodes):
            byte(11)
            int(nodes.count)
            for n in nodes { write(n) }
        }
    }
}

struct ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { offset == bytes.count }

    mutating func byte() throws(SnapshotError) -> UInt8 {
        guard offset < bytes.count else { throw .corrupt("the snapshot ends early") }
        offset += 1
        return bytes[offset - 1]
    }

    mutating func word() throws(SnapshotError) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw .corrupt("the snapshot ends early") }
        var w: UInt64 = 0
        for i in (0..<8).reversed() { w = w << 8 | UInt64(bytes[offset + i]) }
        offset += 8
        return w
    }

    /// A count: non-negative and no larger than what the remaining bytes could hold.
    mutating func count() throws(SnapshotError) -> Int {
        let n = Int64(bitPattern: try word())
        guard n >= 0, n <= bytes.count - offset else { throw .corrupt("a count larger than the snapshot") }
        return Int(n)
    }

    mutating func int() throws(SnapshotError) -> Int { Int(Int64(bitPattern: try word())) }

    mutating func bytes(_ n: Int) throws(SnapshotError) -> [UInt8] {
        guard n >= 0, bytes.count - offset >= n else { throw .corrupt("the snapshot ends early") }
        defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }

    mutating func string() throws(SnapshotError) -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: bytes[offset..<offset + n], as: UTF8.self)
    }

    /// A count, then that many elements, each read by `element`.
    mutating func list<T>(_ element: (inout ByteReader) throws(SnapshotError) -> T) throws(SnapshotError) -> [T] {
        var items: [T] = []
        for _ in 0..<(try count()) { items.append(try element(&self)) }
        return items
    }

    mutating func node() throws(SnapshotError) -> SnapshotNode {
        switch try byte() {
        case 0: return .null
        case 1: return .bool(try byte() != 0)
        case 2: return .int(Int64(bitPattern: try word()))
        case 3: return .uint(try word())
        case 4: return .double(try word())
        case 5: return .float(UInt32(truncatingIfNeeded: try word()))
        case 6: return .string(try string())
        case 7: return .doubles(try list { r throws(SnapshotError) in Double(bitPattern: try r.word()) })
        case 8: return .ints(try list { r throws(SnapshotError) in Int64(bitPattern: try r.word()) })
        case 9: return .uints(try list { r throws(SnapshotError) in try r.word() })
        case 10:
            var entries: [String: SnapshotNode] = [:]
            for _ in 0..<(try count()) {
                let key = try string()
                entries[key] = try node()
            }
            return .keyed(entries)
        case 11: return .unkeyed(try list { r throws(SnapshotError) in try r.node() })
        case let tag: throw .corrupt("unknown tag \(tag)")
        }
    }
}
