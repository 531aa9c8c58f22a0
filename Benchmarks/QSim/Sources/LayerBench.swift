import QSim

/// Section C of the peers: one layer = RY(0.3) on every qubit, then CNOT(q, q+1) for all q
/// (2n − 1 gates), on a state reused between repetitions. ns per amplitude per gate =
/// t / (2n − 1) / 2ⁿ. "blocked" is QSim's default executor (several gates per pass over
/// memory); "gate-by-gate" applies one gate per pass, the peers' way.
func layerCircuit(_ n: Int) -> Circuit {
    var c = Circuit(qubits: n)
    for q in 0..<n { c.ry(0.3, q) }
    for q in 0..<(n - 1) { c.cnot(q, q + 1) }
    return c
}

func runLayer(ns: [Int], threads: [Int]) {
    for n in ns {
        let reps = [16: 30, 20: 10, 22: 7, 24: 5][n] ?? 5
        let c = layerCircuit(n)
        let gates = Double(2 * n - 1), amps = Double(1 << n)
        var psi = StateVector(qubits: n)
        for t in threads {
            let par = Parallelism(threads: t)
            for mode in ["blocked", "gate-by-gate"] {
                let probe = LoadProbe()
                let st = measure(reps: reps) {
                    if mode == "blocked" {
                        c.apply(to: &psi, parameters: [], parallelism: par)
                    } else {
                        c.applyGateByGate(to: &psi, parameters: [], parallelism: par)
                    }
                }
                let per = st.scaled(1e9 / gates / amps)
                let load = probe.othersCores()
                print("qsim \(mode) n=\(n) threads=\(t): layer \(fmt(st.median * 1e3)) ms [\(fmt(st.min * 1e3))–\(fmt(st.max * 1e3))]"
                      + " -> \(fmt(per.median)) ns/amp/gate  (others used \(fmt(load, 2)) cores)")
                record("layer", [("mode", "\"\(mode)\""), ("n", "\(n)"), ("threads", "\(t)"),
                                 ("layer_s", st.json), ("ns_per_amp_per_gate", per.json), ("others_cores", "\(load)")])
            }
        }
        _ = psi.normSquared
    }
}

/// Single gates at n = 24 (peers' C2): RY on qubits 0, 12, 23 and CNOT(0,1), CNOT(22,23), 1 thread.
func runSingleGates(n: Int = 24) {
    var psi = StateVector(qubits: n)
    let cases: [(String, (inout Circuit) -> Void)] = [
        ("RY(0)", { $0.ry(0.3, 0) }), ("RY(12)", { $0.ry(0.3, 12) }), ("RY(23)", { $0.ry(0.3, 23) }),
        ("CNOT(0,1)", { $0.cnot(0, 1) }), ("CNOT(22,23)", { $0.cnot(22, 23) }),
    ]
    for (name, add) in cases {
        var c = Circuit(qubits: n)
        for _ in 0..<8 { add(&c) }
        let st = measure(reps: 5) { c.applyGateByGate(to: &psi, parameters: [], parallelism: .serial) }.scaled(1.0 / 8)
        print("qsim single gate n=\(n) \(name): \(fmt(st.median * 1e3)) ms = \(fmt(st.median / Double(1 << n) * 1e9)) ns/amp")
        record("single_gate", [("gate", "\"\(name)\""), ("n", "\(n)"), ("seconds", st.json)])
    }
}
