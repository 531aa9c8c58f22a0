#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses, before allocating, arrays that would not fit in memory.
public enum MemoryGuard {
    /// Bytes the machine can still give us: `MemAvailable` of /proc/meminfo, or the physical
    /// memory where /proc is absent.
    public static func availableBytes() -> Int {
        if let text = readFile("/proc/meminfo") {
            for line in text.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
                let digits = line.split(separator: " ").compactMap { Int($0) }
                if let kib = digits.first { return kib * 1024 }
            }
        }
        #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return Int.max
        #endif
    }

    /// Throws unless `bytes` (for a register of `qubits` qubits) fits in 90% of what is
    /// available and within the caller's limit (`ExecutionBudget.current.memoryLimit`).
    public static func check(bytes: Int, qubits: Int) throws(QSimError) {
        if let limit = ExecutionBudget.current.memoryLimit, bytes > limit {
            throw .memoryLimitExceeded(qubits: qubits, bytesNeeded: bytes, limit: limit)
        }
        let available = availableBytes()
        if bytes > available / 10 * 9 {
            throw .insufficientMemory(qubits: qubits, bytesNeeded: bytes, bytesAvailable: available)
        }
    }

    /// Throws unless a result of `bytes` (e.g. samples) fits the caller's limit.
    public static func check(resultBytes bytes: Int, what: String) throws(QSimError) {
        if let limit = ExecutionBudget.current.memoryLimit, bytes > limit {
            throw .resultTooLarge(what: what, bytesNeeded: bytes, limit: limit)
        }
    }

    /// Bytes of a state vector of `qubits` qubits (16 per amplitude), saturating at Int.max.
    public static func stateVectorBytes(qubits: Int) -> Int {
        qubits >= 59 ? Int.max : (1 << qubits) * 16
    }

    /// "256 MiB", "16 GiB", "16384 PiB": binary units, at most one decimal.
    public static func format(bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        if bytes == Int.max { return "more than 8 EiB" }
        return NumberFormat.short((value * 10).rounded() / 10) + " " + units[unit]
    }

    private static func readFile(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
