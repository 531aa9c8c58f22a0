#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory of a state vector: real and imaginary parts in two separate, 64-byte aligned
/// arrays (structure of arrays), so kernels use plain vertical SIMD arithmetic.
/// Owned by `StateVector`, which copies it on write.
final class AmplitudeStorage: @unchecked Sendable {
    let count: Int
    let re: UnsafeMutablePointer<Double>
    let im: UnsafeMutablePointer<Double>

    /// Zero-filled storage for `count` amplitudes. The caller has checked memory first.
    init(count: Int) {
        self.count = count
        re = AmplitudeStorage.allocate(count)
        im = AmplitudeStorage.allocate(count)
    }

    convenience init(copying other: AmplitudeStorage) {
        self.init(count: other.count)
        re.update(from: other.re, count: count)
        im.update(from: other.im, count: count)
    }

    deinit {
        free(re)
        free(im)
    }

    /// The arrays as kernels take them (valid while this storage is alive).
    var pointer: StatePointer { StatePointer(re: re, im: im, count: count) }

    /// Zeroed, aligned memory for `count` Doubles (release with `free`); large blocks are
    /// 2 MiB aligned and marked for transparent huge pages (fewer TLB misses).
    static func allocate(_ count: Int) -> UnsafeMutablePointer<Double> {
        let bytes = max(count, 8) * MemoryLayout<Double>.stride
        var raw: UnsafeMutableRawPointer?
        // Large states: 2 MiB alignment lets the kernel back them with huge pages (fewer TLB misses).
        let alignment = bytes >= 1 << 22 ? 1 << 21 : 64
        guard posix_memalign(&raw, alignment, bytes) == 0, let raw else {
            fatalError("QSim: allocation of \(bytes) bytes failed")
        }
        #if os(Linux)
        if bytes >= 1 << 22 { _ = madvise(raw, bytes, 14 /* MADV_HUGEPAGE */) }
        #endif
        memset(raw, 0, bytes)
        return raw.bindMemory(to: Double.self, capacity: max(count, 8))
    }
}

/// An immutable array of Doubles in huge-page friendly memory (the sampler's CDF).
final class DoubleTable: @unchecked Sendable {
    let count: Int
    let base: UnsafeMutablePointer<Double>

    /// Zero-filled table of `count` Doubles, written once by its owner right after creation.
    init(count: Int) {
        self.count = count
        base = AmplitudeStorage.allocate(count)
    }

    deinit { free(base) }
}
