/// Raw pointers to a state's real and imaginary arrays, as kernels see them.
/// Bit positions count from the least significant end (qubit q of n is bit n−1−q).
struct StatePointer: @unchecked Sendable {
    let re: UnsafeMutablePointer<Double>
    let im: UnsafeMutablePointer<Double>
    let count: Int
}

typealias V4 = SIMD4<Double>
typealias V8 = SIMD8<Double>

extension UnsafeMutablePointer where Pointee == Double {
    @inline(__always) func load4(_ i: Int) -> V4 {
        UnsafeRawPointer(self + i).loadUnaligned(as: V4.self)
    }
    @inline(__always) func store4(_ i: Int, _ v: V4) {
        UnsafeMutableRawPointer(self + i).storeBytes(of: v, as: V4.self)
    }
    @inline(__always) func load8(_ i: Int) -> V8 {
        UnsafeRawPointer(self + i).loadUnaligned(as: V8.self)
    }
    @inline(__always) func store8(_ i: Int, _ v: V8) {
        UnsafeMutableRawPointer(self + i).storeBytes(of: v, as: V8.self)
    }
}

/// The index space of a gate: `fixed` bits (targets and controls) are excluded from
/// iteration; the bits below the lowest fixed bit form contiguous runs of `runLength`.
struct IndexRuns {
    /// All fixed bits (targets and controls), as a mask: kept without arrays, since a kernel
    /// call on a small state is dominated by such allocations.
    let fixedMask: Int
    let controlMask: Int
    /// Number of fixed bits.
    let fixedCount: Int
    /// Length of each contiguous run (2^lowest fixed bit).
    let runLength: Int
    /// Number of runs.
    let runCount: Int

    init(count: Int, targets: [Int], controls: [Int]) {
        controlMask = controls.reduce(0) { $0 | (1 << $1) }
        fixedMask = targets.reduce(controlMask) { $0 | (1 << $1) }
        fixedCount = fixedMask.nonzeroBitCount
        runLength = 1 << fixedMask.trailingZeroBitCount
        runCount = count >> (fixedCount + fixedMask.trailingZeroBitCount)
    }

    /// Base index of run `r`: r's bits spread around the fixed bits, controls set to 1.
    func base(_ r: Int) -> Int {
        var k = r << fixedMask.trailingZeroBitCount
        var bits = fixedMask
        while bits != 0 {
            let low = k & ((1 << bits.trailingZeroBitCount) - 1)
            k = ((k ^ low) << 1) | low
            bits &= bits - 1
        }
        return k | controlMask
    }

    /// The base of the run after the one at `base`: add one run length over the free bits
    /// (the carry ripples through the fixed bits, which are set while adding).
    @inline(__always) func next(_ base: Int) -> Int {
        (((base | fixedMask) &+ runLength) & ~fixedMask) | controlMask
    }

    /// Runs `body(base)` for every run, split over threads by `parallelism`.
    @inline(__always)
    func forEach(_ parallelism: Parallelism, _ body: (Int) -> Void) {
        parallelism.forEachChunk(count: runCount, weight: runLength << fixedCount) { range in
            guard !range.isEmpty else { return }
            var b = base(range.lowerBound)
            for _ in range {
                body(b)
                b = next(b)
            }
        }
    }
}

/// Plain kernel functions named by the structure of the gate they apply (dense, real,
/// diagonal, anti-diagonal, swap, k-qubit dense). Each works in place on a `StatePointer`.
enum Kernels {}
