/// Writes and reads `Value`s. Values carry no types, but their cases are enough: a library
/// value is written with its bound type's name and its own `Codable` bytes.
struct ValueCoder {
    let library: Library

    func write(_ value: Value, to out: inout ByteWriter) throws(SnapshotError) {
        switch value {
        case .int(let v): out.byte(0); out.int(v)
        case .double(let v): out.byte(1); out.word(v.bitPattern)
        case .bool(let v): out.byte(2); out.byte(v ? 1 : 0)
        case .string(let v): out.byte(3); out.string(v)
        case .character(let v): out.byte(4); out.string(String(v))
        case .array(let items):
            out.byte(5)
            out.int(items.count)
            for item in items { try write(item, to: &out) }
        case .dictionary(let d):
            out.byte(6)
            out.int(d.count)
            for (k, v) in zip(d.keys, d.values) {
                try write(k, to: &out)
                try write(v, to: &out)
            }
        case .tuple(let items):
            out.byte(7)
            out.int(items.count)
            for item in items { try write(item, to: &out) }
        case .native(let box):
            guard let type = library.dynamicType(of: box.value) else {
                throw .unsavable("a value of the unbound type \(Swift.type(of: box.value))")
            }
            guard let encodable = box.value as? any Encodable else { throw .unsavable("a \(type.id.name)") }
            let bytes: [UInt8]
            do {
                bytes = try SnapshotCoder.encode(encodable)
            } catch {
                throw .unsavable("a \(type.id.name) (\(error))")
            }
            out.byte(8)
            out.string(type.id.name)
            out.int(bytes.count)
            out.append(bytes)
        case .none: out.byte(9)
        case .range(let r):
            out.byte(10)
            out.int(r.lower)
            out.int(r.upper)
            out.int(r.step)
            out.byte(r.closed ? 1 : 0)
        case .doubleStride(let s):
            out.byte(11)
            out.word(s.from.bitPattern)
            out.word(s.to.bitPattern)
            out.word(s.by.bitPattern)
            out.byte(s.through ? 1 : 0)
        case .void: out.byte(12)
        case .function: throw .unsavable("a function or closure")
        case .existential: throw .unsavable("an 'Any' or 'any Error' value")
        case .box: throw .unsavable("a captured variable")
        }
    }

    func read(from reader: inout ByteReader) throws(SnapshotError) -> Value {
        switch try reader.byte() {
        case 0: return .int(try reader.int())
        case 1: return .double(Double(bitPattern: try reader.word()))
        case 2: return .bool(try reader.byte() != 0)
        case 3: return .string(try reader.string())
        case 4:
            let s = try reader.string()
            guard s.count == 1, let c = s.first else { throw .corrupt("a character of \(s.count) characters") }
            return .character(c)
        case 5: return .array(try reader.list { r throws(SnapshotError) in try read(from: &r) })
        case 6:
            var d = DictionaryValue()
            for _ in 0..<(try reader.count()) {
                let key = try read(from: &reader)
                d.set(key, try read(from: &reader))
            }
            return .dictionary(d)
        case 7: return .tuple(try reader.list { r throws(SnapshotError) in try read(from: &r) })
        case 8:
            let name = try reader.string()
            let bytes = try reader.bytes(reader.count())
            guard let type = library.type(named: name), let decodable = type.swiftType as? any Decodable.Type else {
                throw .mismatch("the library has no type \(name) to read")
            }
            do {
                return .native(NativeBox(try SnapshotCoder.decode(decodable, from: bytes)))
            } catch {
                throw .corrupt("a \(name): \(error)")
            }
        case 9: return .none
        case 10:
            let lower = try reader.int(), upper = try reader.int(), step = try reader.int()
            return .range(RangeValue(lower: lower, upper: upper, step: step, closed: try reader.byte() != 0))
        case 11:
            let from = Double(bitPattern: try reader.word()), to = Double(bitPattern: try reader.word())
            let by = Double(bitPattern: try reader.word())
            return .doubleStride(DoubleStride(from: from, to: to, by: by, through: try reader.byte() != 0))
        case 12: return .void
        case let tag: throw .corrupt("unknown value tag \(tag)")
        }
    }
}
