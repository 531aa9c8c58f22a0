import Foundation
import QScript

// QScriptBench: `QScriptBench --bench DIR` times each DIR/*.swift in QScript and the matching
// DIR/*.py in python3 (both in-process, best of 3 runs) and prints the ratio;
// `QScriptBench FILE` runs one file as a cell (a development aid).

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func runFile(_ path: String) throws {
    let result = Session().run(try String(contentsOfFile: path, encoding: .utf8))
    for o in result.outputs {
        switch o {
        case .text(let t): print(t, terminator: "")
        case .value(let v): print("=> \(v)")
        case .rich(let r): print("=> rich \(r)")
        case .error(let d): print("\(d.line):\(d.column): error: \(d.message) [\(d.id)]\(d.notes.map { " | " + $0.message }.joined())")
        }
    }
}

/// Best of three in-process runs of a Python program (startup excluded, as for QScript).
func pythonSeconds(_ path: String) -> Double? {
    let harness = """
    import sys, time, io, contextlib
    src = open(sys.argv[1]).read()
    code = compile(src, sys.argv[1], 'exec')
    best = 1e9
    for _ in range(3):
        t = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            exec(code, {'__name__': '__main__'})
        best = min(best, time.perf_counter() - t)
    print(best)
    """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", harness, path]
    let pipe = Pipe()
    p.standardOutput = pipe
    do { try p.run() } catch { return nil }
    p.waitUntilExit()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return Double(out.trimmingCharacters(in: .whitespacesAndNewlines))
}

func bench(_ dir: String) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".swift") }.sorted()
    print("program".padding(toLength: 20, withPad: " ", startingAt: 0), "  QScript (ms)   python3 (ms)   ratio")
    for name in names {
        let source = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
        var best = Double.infinity
        for _ in 0..<3 {
            let session = Session()
            var ok = true
            best = min(best, seconds { ok = session.run(source).status == .ok })
            if !ok { print("\(name): failed"); break }
        }
        let py = pythonSeconds(dir + "/" + name.dropLast(6) + ".py")
        let ratio = py.map { String(format: "%.2f", best / $0) } ?? "n/a"
        print(String(name.dropLast(6)).padding(toLength: 20, withPad: " ", startingAt: 0),
              String(format: "%12.1f   %12.1f   %@", best * 1000, (py ?? .nan) * 1000, ratio))
    }
    // Parsing and checking a 300-line cell (its functions are declared, not called).
    var lines: [String] = []
    var i = 0
    while lines.count < 300 {
        lines += [
            "func step\(i)(_ xs: [Double], scale: Double = 2.0) -> [Double] {",
            "    var out: [Double] = []",
            "    for (k, x) in xs.enumerated() where k % 2 == 0 {",
            "        out.append(x * scale + Double(k))",
            "    }",
            "    let total = out.reduce(0, +)",
            "    return out.map { $0 / max(total, 1.0) }",
            "}",
            "let label\(i) = \"step \\(\(i)) of \\(300 / 10)\"",
            "",
        ]
        i += 1
    }
    let big = lines.joined(separator: "\n")
    var bestCompile = Double.infinity
    for _ in 0..<5 { bestCompile = min(bestCompile, seconds { _ = Session().run(big) }) }
    print(String(format: "parse + check + run a %d-line cell: %.1f ms", lines.count, bestCompile * 1000))
}

let args = CommandLine.arguments
if args.count > 2, args[1] == "--bench" {
    try bench(args[2])
} else if args.count > 1 {
    try runFile(args[1])
} else {
    print("usage: QScriptBench --bench DIR | QScriptBench FILE")
}
