#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Receives the sum of the values the scatter touches ahead, so those loads stay in the code.
private let touchSink = Atomic<UInt64>(0)

/// Applies many gates per pass over memory (cache blocking, as qsim and qulacs' fusion do).
///
/// A pass owns a set of "local" bits: the `runBits` lowest bits plus up to
/// `blockBits − runBits` higher ones. Gates whose qubits are all local are applied, for each
/// assignment of the other bits, to a block of 2^blockBits amplitudes that stays in L2 cache.
/// Gates are taken greedily in circuit order; a gate that does not fit is deferred, and so is
/// every later gate sharing a qubit with a deferred one, so taken gates only move past gates
/// they commute with (disjoint qubits). Reordering commuting gates changes rounding only, so
/// results agree with the gate-by-gate path to ~1e-15; they are deterministic and identical
/// bit for bit whatever the thread count. See Execution/Blocking.md.
struct BlockedExecutor {
    /// States smaller than this many qubits go gate by gate (they sit in cache anyway).
    static let minimumQubits = 18
    /// log2 of the amplitudes of one block (2^16 amplitudes = 1 MiB as two Double arrays, for a
    /// 2 MiB L2; 2^15 looked as good in short trials, too noisy on this VM to choose by).
    static let defaultBlockBits = 16
    /// log2 of the contiguous run copied per gather (2^7 Doubles = 1 KiB). Longer runs make the
    /// gather and scatter cheaper (fewer cold starts of the prefetcher); shorter ones leave more
    /// high bits per block. At n = 24, 7 beat 6 by ~10 % on the benchmark layer and 8 needed a
    /// third pass.
    static let defaultRunBits = 7
    /// Runs touched ahead of the one being scattered back, so the destination lines are already
    /// owned by this core when the copy writes them (about a third off the scatter at n = 24).
    static let scatterTouchAhead = 2

    struct Pass {
        var operations: [Int]
        /// Local bits above the run bits, ascending; empty for a pass applied to the whole state.
        var highBits: [Int]
        var blocked: Bool
    }

    let n: Int
    let operations: [Operation]
    let values: [Double]
    let blockBits: Int
    let runBits: Int

    init(circuit: Circuit, parameters: [Double], blockBits: Int = defaultBlockBits, runBits: Int = defaultRunBits) {
        n = circuit.qubits
        operations = circuit.operations
        values = parameters
        self.blockBits = min(blockBits, n - 1)
        self.runBits = min(runBits, self.blockBits)
    }

    /// Greedy schedule of the operations into passes.
    func plan() -> [Pass] {
        var ticker = DeadlineTicker(.unlimited)
        return orTrap { try plan(ticker: &ticker) }
    }

    /// The schedule, checking the deadline as it goes (planning a long circuit takes a while).
    func plan(ticker: inout DeadlineTicker) throws(QSimError) -> [Pass] {
        let capacity = blockBits - runBits
        var remaining = Array(operations.indices)
        var passes: [Pass] = []
        while !remaining.isEmpty {
            try ticker.tick(remaining.count * 64)
            var high = Set<Int>()
            var blockedBits = Set<Int>()
            var taken: [Int] = [], deferred: [Int] = []
            for index in remaining {
                let bits = operations[index].qubits.map { n - 1 - $0 }
                if bits.contains(where: blockedBits.contains) {
                    deferred.append(index)
                    blockedBits.formUnion(bits)
                    continue
                }
                let merged = high.union(bits.filter { $0 >= runBits })
                if merged.count <= capacity {
                    high = merged
                    taken.append(index)
                } else {
                    deferred.append(index)
                    blockedBits.formUnion(bits)
                }
            }
            if taken.count <= 1 {
                // Nothing to share a pass with (or a gate too wide for a block): apply directly.
                let first = taken.first ?? deferred.removeFirst()
                passes.append(Pass(operations: [first], highBits: [], blocked: false))
                remaining = deferred
                continue
            }
            // Prefer a contiguous block (no gather) when every high bit lies below blockBits.
            let sortedHigh = high.max().map { $0 < blockBits } == true
                ? Array(runBits..<blockBits) : fill(high.sorted(), capacity: capacity, runBits: runBits)
            passes.append(Pass(operations: taken, highBits: sortedHigh, blocked: true))
            remaining = deferred
        }
        return passes
    }

    /// Pads the high bits with the lowest unused ones above the run so blocks have full size.
    private func fill(_ bits: [Int], capacity: Int, runBits: Int) -> [Int] {
        var result = Set(bits)
        var b = runBits
        while result.count < capacity && b < n {
            result.insert(b)
            b += 1
        }
        return result.sorted()
    }

    /// Runs every pass with no deadline.
    func run(on s: StatePointer, _ par: Parallelism) {
        var ticker = DeadlineTicker(.unlimited)
        orTrap { try run(on: s, par, ticker: &ticker) }
    }

    /// Runs every pass, checking `ticker`'s deadline before each (a pass touches every amplitude).
    func run(on s: StatePointer, _ par: Parallelism, ticker: inout DeadlineTicker) throws(QSimError) {
        for pass in try plan(ticker: &ticker) {
            try ticker.tick(1 << n)
            if !pass.blocked {
                operations[pass.operations[0]].apply(to: s, qubits: n, values: values, par)
            } else {
                runBlocked(pass, s, par)
            }
        }
    }

    private func runBlocked(_ pass: Pass, _ s: StatePointer, _ par: Parallelism) {
        let high = pass.highBits
        let localBits = runBits + high.count
        let contiguous = high.enumerated().allSatisfy { $0.offset + runBits == $0.element }
        // Global bit -> local bit.
        var map = [Int](repeating: -1, count: n)
        for b in 0..<runBits { map[b] = b }
        for (k, b) in high.enumerated() { map[b] = runBits + k }
        let ops = pass.operations.map { i -> (Operation, [Int], [Int], [Double]) in
            let op = operations[i]
            return (op, op.targets.map { map[n - 1 - $0] }, op.controls.map { map[n - 1 - $0] },
                    op.gate.angles.map { $0.value(values) })
        }
        // Offsets of the runs inside a block, and the bits that number the blocks.
        let runOffsets = (0..<(1 << high.count)).map { h in
            high.enumerated().reduce(0) { acc, e in (h >> e.offset) & 1 == 1 ? acc | (1 << e.element) : acc }
        }
        let outerBits = (runBits..<n).filter { map[$0] < 0 }
        let blocks = 1 << outerBits.count
        let runLength = 1 << runBits
        par.forEachChunk(count: blocks, weight: 1 << localBits) { range in
            let size = 1 << localBits
            let bufRe = contiguous ? nil : UnsafeMutablePointer<Double>.allocate(capacity: size)
            let bufIm = contiguous ? nil : UnsafeMutablePointer<Double>.allocate(capacity: size)
            // Sum of the touched values; kept observable so the loads are not optimised away.
            var touched = 0.0
            defer {
                bufRe?.deallocate(); bufIm?.deallocate()
                touchSink.store(touched.bitPattern, ordering: .relaxed)
            }
            for block in range {
                var base = 0
                for (k, b) in outerBits.enumerated() where (block >> k) & 1 == 1 { base |= 1 << b }
                let local: StatePointer
                if let bufRe, let bufIm {
                    for (h, off) in runOffsets.enumerated() {
                        (bufRe + h * runLength).update(from: s.re + base + off, count: runLength)
                        (bufIm + h * runLength).update(from: s.im + base + off, count: runLength)
                    }
                    local = StatePointer(re: bufRe, im: bufIm, count: size)
                } else {
                    local = StatePointer(re: s.re + base, im: s.im + base, count: size)
                }
                for (op, bits, cbits, angles) in ops { op.applyKernel(local, bits, cbits, angles, .serial) }
                if let bufRe, let bufIm {
                    for (h, off) in runOffsets.enumerated() {
                        if h + Self.scatterTouchAhead < runOffsets.count {
                            let o = base + runOffsets[h + Self.scatterTouchAhead]
                            for k in stride(from: 0, to: runLength, by: 8) { touched += s.re[o + k] + s.im[o + k] }
                        }
                        (s.re + base + off).update(from: bufRe + h * runLength, count: runLength)
                        (s.im + base + off).update(from: bufIm + h * runLength, count: runLength)
                    }
                }
            }
        }
    }
}
