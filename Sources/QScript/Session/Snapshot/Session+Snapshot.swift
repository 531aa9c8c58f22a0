/// Saving a session's state (`SessionSnapshot`) and continuing from it in a new session.
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
        let cells = try reader.int()
        guard cells == sources.count else {
            throw .mismatch("it follows \(cells) cells, not \(sources.count)")
        }
        var kept: [Int: Set<String>] = [:]
        for _ in 0..<(try reader.count()) {
            let cell = try reader.int()
            let names = try reader.list { r throws(SnapshotError) in try r.string() }
            kept[cell] = Set(names)
        }
        for source in sources {
            let number = nextCell
            nextCell += 1
            guard case .success(let cell) = compile(source, cell: number) else { continue }
            withFrame(of: cell) { fp in makeFunctions(of: cell, frame: fp) }
            globals.commit(keeping: kept[number])
        }
        keptAfterFailure = kept
        let variables = globals.variables
        let count = try reader.count()
        guard count == variables.count else {
            throw .mismatch("it holds \(count) variables, the cells declare \(variables.count)")
        }
        let coder = ValueCoder(library: library)
        var values: [Value] = []
        for g in variables {
            let name = try reader.string()
            let type = try reader.string()
            guard name == g.name, type == g.type.description else {
                throw .mismatch("it holds `\(name): \(type)` where the cells declare `\(g.name): \(g.type.description)`")
            }
            values.append(try coder.read(from: &reader))
        }
        guard reader.atEnd else { throw .corrupt("trailing bytes") }
        for (g, value) in zip(variables, values) { g.ref.value = value }
    }

}
