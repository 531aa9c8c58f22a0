import Dispatch

/// How kernels spread work over cores: an injected policy (as qsim's `parfor` / `seqfor`).
///
/// Kernels split their index range into chunks whose boundaries do not depend on the thread
/// count and compute each amplitude with the same arithmetic, and reductions add fixed-size
/// partial sums in a fixed order, so results are bit-identical whatever `threads` is.
public struct Parallelism: Sendable, Equatable {
    /// Number of threads used above the threshold (1 = everything on the calling thread).
    public var threads: Int
    /// Work items (amplitudes) below which kernels stay on one thread.
    public var threshold: Int

    public init(threads: Int, threshold: Int = 1 << 14) {
        self.threads = max(1, threads)
        self.threshold = threshold
    }

    /// One thread.
    public static let serial = Parallelism(threads: 1)

    /// All cores of the machine.
    public static var allCores: Parallelism { Parallelism(threads: Self.coreCount) }

    public static var coreCount: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }

    /// The policy QSim uses when none is given: all cores (QSIM_THREADS overrides).
    public nonisolated(unsafe) static var `default`: Parallelism = {
        if let text = getenv("QSIM_THREADS"), let n = Int(String(cString: text)), n > 0 {
            return Parallelism(threads: n)
        }
        return .allCores
    }()

    /// Calls `body(range)` on disjoint ranges covering `0..<count`, in parallel when `count`
    /// reaches the threshold. `granularity` aligns chunk boundaries (a power of two).
    /// `weight` is the number of amplitudes one item stands for (for the threshold).
    public func forEachChunk(count: Int, granularity: Int = 1, weight: Int = 1,
                             _ body: (Range<Int>) -> Void) {
        let workers = count * weight >= threshold ? min(threads, max(1, count / max(granularity, 1))) : 1
        if workers <= 1 {
            body(0..<count)
            return
        }
        let units = (count + granularity - 1) / granularity
        withoutActuallyEscaping(body) { body in
            // Workers touch disjoint ranges; the box only carries the closure across threads.
            let box = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let lo = units * w / workers * granularity
                let hi = min(count, units * (w + 1) / workers * granularity)
                if lo < hi { box.value(lo..<hi) }
            }
        }
    }

    /// Sum of `term(range)` over fixed blocks of `block` items, added in block order:
    /// the same bits for any thread count.
    public func sum(count: Int, block: Int = 1 << 12, _ term: (Range<Int>) -> Double) -> Double {
        let blocks = (count + block - 1) / block
        var partial = [Double](repeating: 0, count: blocks)
        partial.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            forEachChunk(count: blocks, granularity: 1, weight: block) { range in
                for b in range {
                    base[b] = term(b * block..<min(count, (b + 1) * block))
                }
            }
        }
        var total = 0.0
        for p in partial { total += p }
        return total
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Carries a value the compiler cannot prove Sendable across threads (disjoint writes only).
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
