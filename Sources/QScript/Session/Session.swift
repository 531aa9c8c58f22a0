import Foundation

/// A notebook session: cells run one after another in shared state.
///
/// `run` may be called from any thread; calls are serialised. Each cell runs on a thread of
/// its own with a large stack, so deep (but limited) recursion in a cell cannot overflow the
/// caller's stack.
public final class Session: @unchecked Sendable {
    public struct Limits: Sendable {
        /// Seconds per cell, checked cooperatively at loop back-edges and calls.
        public var timeout: Double
        public var maxRecursionDepth: Int
        /// The most one allocation may ask for, e.g. `Array(repeating:count:)`.
        public var maxAllocationBytes: Int
        /// Text output per cell; the rest is cut, with a note saying how much.
        public var maxOutputCharacters: Int
        /// Bytes a cell's library work may take (e.g. a state vector); nil lets the library
        /// decide (see `CellLimits`).
        public var maxMemoryBytes: Int?

        /// (The default is about where a compiled program's 8 MiB stack overflows: a simple
        /// recursive function built by swiftc -Onone dies between 120,000 and 140,000 calls.)
        public init(timeout: Double = 60, maxRecursionDepth: Int = 120_000,
                    maxAllocationBytes: Int = 1 << 30, maxOutputCharacters: Int = 1_000_000, maxMemoryBytes: Int? = nil) {
            self.timeout = timeout
            self.maxRecursionDepth = maxRecursionDepth
            self.maxAllocationBytes = maxAllocationBytes
            self.maxOutputCharacters = maxOutputCharacters
            self.maxMemoryBytes = maxMemoryBytes
        }
    }

    public let limits: Limits
    /// The library bound into this session's cells (types, functions, displays).
    public let library: Library
    let globals = GlobalScope()
    let machine: Machine
    let lock = NSLock()
    /// The number the next `run` call gets (diagnostics in code of earlier cells name theirs).
    var nextCell = 0
    /// For each cell that stopped with an error while running: the names it declared before the
    /// error, which the session kept (a snapshot records them; see `Snapshot/Session+Snapshot.swift`).
    var keptAfterFailure: [Int: Set<String>] = [:]

    /// - Parameter imports: modules treated as already imported, as if a first cell imported
    ///   them (e.g. `["Foundation"]` so cells may call `sqrt` without `import Foundation`).
    public init(limits: Limits = Limits(), library: Library = .empty, imports: Set<String> = []) {
        self.limits = limits
        self.library = library
        globals.imports = imports
        // Each interpreted call uses a few slots; size the value stack for the depth limit.
        machine = Machine(stackCapacity: max(1 << 16, limits.maxRecursionDepth * 64))
    }

    deinit {
        globals.tearDown()
    }

    /// Runs one cell in this session's state (state persists across cells; a later cell may
    /// redeclare a name). `timeout` (seconds) and `memory` (bytes) override the session's limits
    /// for this cell.
    public func run(_ source: String, timeout: Double? = nil, memory: Int? = nil) -> CellResult {
        lock.lock()
        defer { lock.unlock() }
        let cell = nextCell
        nextCell += 1
        return onCellThread { [self] in
            runOnThisThread(source, cell: cell, timeout: timeout ?? limits.timeout, memory: memory ?? limits.maxMemoryBytes)
        } ?? CellResult(status: .error, outputs: [])
    }

    /// Runs `body` on a thread with a large stack (deep but limited recursion in a cell, or in
    /// checking a deeply nested cell, cannot overflow the caller's stack) and waits for it.
    func onCellThread<R>(_ body: @escaping () -> R) -> R? {
        let box = ResultBox<R>()
        let done = DispatchSemaphore(value: 0)
        let work = UncheckedSendable(body)
        let thread = Thread {
            box.result = work.value()
            done.signal()
        }
        thread.stackSize = 1 << 29
        thread.start()
        done.wait()
        return box.result
    }

    /// - Parameter cell: this run's number (0 for the session's first `run` call).
    func runOnThisThread(_ source: String, cell number: Int, timeout: Double, memory: Int? = nil) -> CellResult {
        let cell: CompiledCell
        switch compile(source, cell: number) {
        case .success(let compiled): cell = compiled
        case .failure(let rejected): return CellResult(status: .error, outputs: rejected.diagnostics.map { .error($0) })
        }
        guard let environment = library.environment else { return execute(cell, number: number, timeout: timeout) }
        // The library sees the cell's limits while its statements run.
        let seconds = min(max(timeout, 0), 1e9)
        // The cell's thread runs the library, so writing into its buffer needs no lock.
        nonisolated(unsafe) let out = machine.output
        let limits = CellLimits(timeout: timeout, deadline: .now + .seconds(seconds), memoryBytes: memory,
                                write: { text in out.write(text) })
        var result: CellResult?
        environment(limits) { result = execute(cell, number: number, timeout: timeout) }
        return result ?? CellResult(status: .error, outputs: [])
    }

    /// The diagnostics of a cell rejected before running.
    struct Rejected: Error {
        var diagnostics: [Diagnostic]
    }

    /// Parses and checks a cell against the session's names. A rejected cell's declarations are
    /// dropped; an accepted cell's stay pending until it has run (`execute` commits them).
    func compile(_ source: String, cell number: Int) -> Result<CompiledCell, Rejected> {
        let parsed = Parsing.parse(source, cell: number)
        if !parsed.diagnostics.isEmpty {
            return .failure(Rejected(diagnostics: parsed.diagnostics.map { $0.relative(to: number) }))
        }
        let checker = Checker(globals: globals, machine: machine, library: library, topLevel: parsed.statements)
        let cell = checker.compileCell(parsed.statements)
        if !checker.diagnostics.isEmpty {
            globals.discardPending()
            let sorted = checker.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            return .failure(Rejected(diagnostics: sorted.map { $0.relative(to: number) }))
        }
        globals.imports = checker.imports
        return .success(cell)
    }

    /// Runs `body` with the cell's frame pushed on the value stack (its slots `.void`).
    func withFrame<R>(of cell: CompiledCell, _ body: (Frame) -> R) -> R {
        let m = machine.state
        let fp = m.pointee.top
        fp.initialize(repeating: .void, count: cell.frameSize)
        m.pointee.top = fp + cell.frameSize
        defer {
            fp.deinitialize(count: cell.frameSize)
            m.pointee.top = fp
        }
        return body(fp)
    }

    /// Makes the cell's top-level functions (Swift hoists them above its statements).
    func makeFunctions(of cell: CompiledCell, frame fp: Frame) {
        for (ref, make) in cell.functions {
            // Making a top-level function cannot trap: it only captures nothing and allocates.
            ref.value = (try? make(fp)) ?? .void
        }
    }

    private func execute(_ cell: CompiledCell, number: Int, timeout: Double) -> CellResult {
        let out = machine.output
        out.reset(limit: limits.maxOutputCharacters)
        machine.startCell(timeout: timeout, maxDepth: limits.maxRecursionDepth)
        machine.state.pointee.maxAllocation = limits.maxAllocationBytes
        return withFrame(of: cell) { fp in run(cell, number: number, frame: fp) }
    }

    private func run(_ cell: CompiledCell, number: Int, frame fp: Frame) -> CellResult {
        let out = machine.output
        makeFunctions(of: cell, frame: fp)
        var kept = Set<String>()
        // The session keeps the state it had before a failing statement. The globals cannot
        // change while the cell runs (declaring happens while checking, committing at the end).
        let refs = globals.committedRefs + globals.pendingRefs
        for s in cell.statements {
            let snapshot = refs.map { $0.value }
            do {
                _ = try s.exec(fp)
                kept.formUnion(s.declares)
            } catch {
                for (r, v) in zip(refs, snapshot) { r.value = v }
                globals.commit(keeping: kept)
                keptAfterFailure[number] = kept
                out.append(.error(error.diagnostic(reportedBy: number)))
                return CellResult(status: .error, outputs: out.finish())
            }
        }
        globals.commit()
        return CellResult(status: .ok, outputs: out.finish())
    }
}

/// Where a cell's thread leaves its result for the waiting thread.
private final class ResultBox<R>: @unchecked Sendable {
    var result: R?
}

/// A value handed to another thread that the handing thread no longer touches.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T

    init(_ value: T) {
        self.value = value
    }
}
