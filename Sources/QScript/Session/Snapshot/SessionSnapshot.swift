/// The state a session reached after running some cells, as bytes that can be kept on disk, so
/// that a later process can continue from it without running those cells again.
///
/// What a snapshot holds: the value of every global variable the cells declared, in the order
/// the session committed them (including variables a later declaration hides, which earlier
/// functions may still use), and for each cell that stopped with an error, the names it kept.
/// What it does not hold, because restoring rebuilds it: the cells' names, types and functions,
/// which `Session.restore` gets by checking the same cells' sources again (without running
/// them). A state that cannot be written faithfully is refused (`SnapshotError.unsavable`):
/// a closure (it may share variables that nothing else names), or a library value whose type is
/// not `Codable`.
public struct SessionSnapshot: Sendable, Hashable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The format's first bytes; a new layout changes them, so an old file is never misread.
    static let magic: [UInt8] = Array("qbook-session-1\n".utf8)
}

public enum SnapshotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The session holds something a snapshot cannot carry faithfully (the reason says what).
    case unsavable(String)
    /// The bytes are not a snapshot this version of QScript wrote.
    case corrupt(String)
    /// The cells given to `restore` do not declare what the snapshot holds.
    case mismatch(String)

    public var description: String {
        switch self {
        case .unsavable(let reason): reason
        case .corrupt(let reason): "the snapshot cannot be read: \(reason)"
        case .mismatch(let reason): "the snapshot does not fit these cells: \(reason)"
        }
    }
}

extension Session {
    /// The session's state now; throws `.unsavable` when it cannot be written faithfully.
    public func snapshot() throws(SnapshotError) -> SessionSnapshot {
        lock.lock()
        defer { lock.unlock() }
        var out = ByteWriter()
        out.append(SessionSnapshot.magic)
        out.int(nextCell)
        out.int(keptAfterFailure.count)
        for (cell, names) in keptAfterFailure.sorted(by: { $0.key < $1.key }) {
            out.int(cell)
            out.int(names.count)
            for name in names.sorted() { out.string(name) }
        }
        let variables = globals.variables
        out.int(variables.count)
        let coder = ValueCoder(library: library)
        for g in variables {
            out.string(g.name)
            out.string(g.type.description)
            do throws(SnapshotError) {
                try coder.write(g.ref.value, to: &out)
            } catch .unsavable(let what) {
                throw .unsavable("`\(g.name)` holds \(what), which a snapshot cannot save")
            }
        }
        return SessionSnapshot(bytes: out.bytes)
    }

    /// Continues from `snapshot` in this new session: checks `sources` (the cells that had run
    /// when it was taken, in order) as `run` did, without running them, makes their functions,
    /// and loads every global variable's value. On error the session is as new again.
    public func restore(_ snapshot: SessionSnapshot, cells sources: [String]) throws(SnapshotError) {
        lock.lock()
        defer { lock.unlock() }
        guard nextCell == 0 else { throw .mismatch("this session has already run cells") }
        let outcome = onCellThread { [self] () -> SnapshotError? in
            do throws(SnapshotError) {
                try restoreOnThisThread(snapshot, sources)
                return nil
            } catch {
                globals.tearDown()
                nextCell = 0
                keptAfterFailure = [:]
                return error
            }
        }
        if let error = outcome ?? .corrupt("the restoring thread did not finish") { throw error }
    }

    private func restoreOnThisThread(_ snapshot: SessionSnapshot, _ sources: [String]) throws(SnapshotError) {
        var reader = ByteReader(snapshot.bytes)
        guard snapshot.bytes.starts(with: SessionSnapshot.magic),
              (try? reader.bytes(SessionSnapshot.magic.count)) != nil else {
            throw .corrupt("not a session snapshot of this format")
        }
        let cells = try read { try reader.int() }
        guard cells == sources.count else {
            throw .mismatch("it follows \(cells) cells, not \(sources.count)")
        }
        var kept: [Int: Set<String>] = [:]
        for _ in 0..<(try read { try reader.count() }) {
            let cell = try read { try reader.int() }
            let names = try read { try (0..<reader.count()).map { _ in try reader.string() } }
            kept[cell] = Set(names)
        }
        for source in sources {
            let number = nextCell
            nextCell += 1
            guard case .success(let cell) = compile(source, cell: number) else { continue }
            let m = machine.state
            let fp = m.pointee.top
            fp.initialize(repeating: .void, count: cell.frameSize)
            m.pointee.top = fp + cell.frameSize
            makeFunctions(of: cell, frame: fp)
            fp.deinitialize(count: cell.frameSize)
            m.pointee.top = fp
            globals.commit(keeping: kept[number])
        }
        keptAfterFailure = kept
        let variables = globals.variables
        let count = try read { try reader.count() }
        guard count == variables.count else {
            throw .mismatch("it holds \(count) variables, the cells declare \(variables.count)")
        }
        let coder = ValueCoder(library: library)
        var values: [Value] = []
        for g in variables {
            let name = try read { try reader.string() }
            let type = try read { try reader.string() }
            guard name == g.name, type == g.type.description else {
                throw .mismatch("it holds `\(name): \(type)` where the cells declare `\(g.name): \(g.type.description)`")
            }
            values.append(try coder.read(from: &reader))
        }
        guard reader.atEnd else { throw .corrupt("trailing bytes") }
        for (g, value) in zip(variables, values) { g.ref.value = value }
    }

    /// Reading bytes fails only on a damaged snapshot.
    private func read<T>(_ body: () throws -> T) throws(SnapshotError) -> T {
        do {
            return try body()
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw .corrupt("\(error)")
        }
    }
}

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
        case .box: throw .unsavable("a captured variable")
        }
    }

    func read(from reader: inout ByteReader) throws(SnapshotError) -> Value {
        do {
            return try readValue(&reader)
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw .corrupt("\(error)")
        }
    }

    private func readValue(_ reader: inout ByteReader) throws -> Value {
        switch try reader.byte() {
        case 0: return .int(try reader.int())
        case 1: return .double(Double(bitPattern: try reader.word()))
        case 2: return .bool(try reader.byte() != 0)
        case 3: return .string(try reader.string())
        case 4:
            let s = try reader.string()
            guard s.count == 1, let c = s.first else { throw SnapshotError.corrupt("a character of \(s.count) characters") }
            return .character(c)
        case 5: return .array(try (0..<reader.count()).map { _ in try readValue(&reader) })
        case 6:
            var d = DictionaryValue()
            for _ in 0..<(try reader.count()) {
                let key = try readValue(&reader)
                d.set(key, try readValue(&reader))
            }
            return .dictionary(d)
        case 7: return .tuple(try (0..<reader.count()).map { _ in try readValue(&reader) })
        case 8:
            let name = try reader.string()
            let bytes = try reader.bytes(reader.count())
            guard let type = library.type(named: name), let decodable = type.swiftType as? any Decodable.Type else {
                throw SnapshotError.mismatch("the library has no type \(name) to read")
            }
            return .native(NativeBox(try SnapshotCoder.decode(decodable, from: bytes)))
        case 9: return .none
        case 10:
            let lower = try reader.int(), upper = try reader.int(), step = try reader.int()
            return .range(RangeValue(lower: lower, upper: upper, step: step, closed: try reader.byte() != 0))
        case 11:
            let from = Double(bitPattern: try reader.word()), to = Double(bitPattern: try reader.word())
            let by = Double(bitPattern: try reader.word())
            return .doubleStride(DoubleStride(from: from, to: to, by: by, through: try reader.byte() != 0))
        case 12: return .void
        case let tag: throw SnapshotError.corrupt("unknown value tag \(tag)")
        }
    }
}
