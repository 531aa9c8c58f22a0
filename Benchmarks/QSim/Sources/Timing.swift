import QSim
#if canImport(Glibc)
import Glibc
#endif

/// Monotonic wall clock in seconds.
func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + 1e-9 * Double(t.tv_nsec)
}

/// Median, min, max of a sample of seconds.
struct Stats {
    let median: Double, min: Double, max: Double, n: Int
    init(_ xs: [Double]) {
        let s = xs.sorted()
        n = s.count
        median = s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
        min = s.first!
        max = s.last!
    }
    func scaled(_ k: Double) -> Stats { Stats(median: median * k, min: min * k, max: max * k, n: n) }
    init(median: Double, min: Double, max: Double, n: Int) {
        self.median = median; self.min = min; self.max = max; self.n = n
    }
    var json: String { "{\"median\": \(median), \"min\": \(min), \"max\": \(max), \"n\": \(n)}" }
}

/// Runs `body` `warmup` times untimed, then `reps` timed.
func measure(reps: Int, warmup: Int = 1, _ body: () -> Void) -> Stats {
    for _ in 0..<warmup { body() }
    var ts: [Double] = []
    for _ in 0..<reps {
        let t0 = now()
        body()
        ts.append(now() - t0)
    }
    return Stats(ts)
}

/// CPU time used by other processes while a benchmark ran (cores), from /proc/stat and
/// /proc/self/stat, as the peers' common.py records it.
struct LoadProbe {
    var busy0 = LoadProbe.busyTicks(), self0 = LoadProbe.selfTicks(), t0 = now()

    static func readFirstLine(_ path: String) -> String {
        guard let f = fopen(path, "r") else { return "" }
        defer { fclose(f) }
        var buf = [CChar](repeating: 0, count: 4096)
        guard fgets(&buf, 4096, f) != nil else { return "" }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    static func busyTicks() -> Int {
        let v = readFirstLine("/proc/stat").split(separator: " ").dropFirst().prefix(8).compactMap { Int($0) }
        guard v.count == 8 else { return 0 }
        return v.reduce(0, +) - v[3] - v[4]
    }
    static func selfTicks() -> Int {
        let s = readFirstLine("/proc/self/stat")
        guard let close = s.lastIndex(of: ")") else { return 0 }
        let fields = s[s.index(after: close)...].split(separator: " ")
        return fields[11...14].compactMap { Int($0) }.reduce(0, +)
    }
    /// Average cores used by others since creation.
    func othersCores() -> Double {
        let dt = now() - t0
        let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
        let other = Double((LoadProbe.busyTicks() - busy0) - (LoadProbe.selfTicks() - self0))
        return dt > 0 ? max(0, other / hz / dt) : 0
    }
}

/// Results are printed for people and appended as JSON lines to `--json FILE` for run.sh.
nonisolated(unsafe) var jsonPath: String?

func record(_ name: String, _ fields: [(String, String)]) {
    let body = fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
    let line = "{\"name\": \"\(name)\", \(body)}\n"
    guard let path = jsonPath, let f = fopen(path, "a") else { return }
    fputs(line, f)
    fclose(f)
}

func fmt(_ x: Double, _ digits: Int = 3) -> String { NumberFormat.short(x, digits: digits) }
