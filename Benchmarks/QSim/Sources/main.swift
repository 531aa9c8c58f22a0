import QSim
#if canImport(Glibc)
import Glibc
#endif

// qsim-bench: QSim's side of the peer benchmarks (../shared/bench/peers). Sections:
//   layer [--ns 16 20 22 24] [--threads 1 2]   one RY layer + CNOT ladder (section C)
//   gates                                       single gates at n = 24 (section C2)
//   seed [--runs 5]                             the seed's 3-qubit Born machine (section A)
//   qcbm [--init FILE] [--runs 3] [--steps 100] Liu & Wang's Born machine (section B)
//   sampling                                    10^6 samples from 20 qubits (section E)
//   sampling-small, rng                         diagnostics: sampler on uniform tables, raw generator
// --json FILE appends machine-readable results, one JSON object per line.
var args = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> [String]? {
    guard let i = args.firstIndex(of: name) else { return nil }
    var values: [String] = []
    var j = i + 1
    while j < args.count && !args[j].hasPrefix("--") { values.append(args[j]); j += 1 }
    args.removeSubrange(i..<j)
    return values
}
jsonPath = option("--json")?.first
let ns = option("--ns")?.compactMap { Int($0) } ?? [16, 20, 22, 24]
let threads = option("--threads")?.compactMap { Int($0) } ?? [1, 2]
let initFile = option("--init")?.first
let runs = option("--runs")?.first.flatMap { Int($0) }
let steps = option("--steps")?.first.flatMap { Int($0) } ?? 100

func readNumbers(_ path: String) -> [Double] {
    guard let f = fopen(path, "r") else { fatalError("cannot open \(path)") }
    defer { fclose(f) }
    var text = ""
    var buf = [CChar](repeating: 0, count: 65536)
    while fgets(&buf, 65536, f) != nil { text += String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }).compactMap { Double($0) }
}

for section in args.isEmpty ? ["layer", "gates", "seed", "qcbm", "sampling"] : args {
    switch section {
    case "layer": runLayer(ns: ns, threads: threads)
    case "gates": runSingleGates()
    case "seed": runSeed(runs: runs ?? 5)
    case "qcbm": runQCBM(initial: initFile.map(readNumbers), runs: runs ?? 3, steps: steps)
    case "sampling": runSampling()
    case "sampling-small": runSamplingSmall()
    case "rng": runRNG()
    default: print("unknown section \(section); expected layer, gates, seed, qcbm, sampling")
    }
}
