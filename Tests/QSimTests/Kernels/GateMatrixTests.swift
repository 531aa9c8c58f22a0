import Testing
@testable import QSim

/// Every gate against its dense matrix on random states, with the reference built by
/// Kronecker products (Support.swift), on several qubit placements of a 4-qubit register.
struct GateMatrixTests {
    static let n = 4

    /// (name, gate, number of controls, expected k×k matrix written out by hand).
    static let cases: [(String, Gate, Int, [Complex])] = {
        let r = (0.5).squareRoot()
        let a = 0.7, b = -1.3, c = 2.1
        let ca = cos(a / 2), sa = sin(a / 2)
        return [
            ("id", .identity, 0, [1, 0, 0, 1]),
            ("h", .h, 0, [Complex(r), Complex(r), Complex(r), Complex(-r)]),
            ("x", .x, 0, [0, 1, 1, 0]),
            ("y", .y, 0, [0, Complex(0, -1), Complex(0, 1), 0]),
            ("z", .z, 0, [1, 0, 0, -1]),
            ("s", .s, 0, [1, 0, 0, .i]),
            ("sdg", .sdg, 0, [1, 0, 0, Complex(0, -1)]),
            ("t", .t, 0, [1, 0, 0, Complex(r, r)]),
            ("tdg", .tdg, 0, [1, 0, 0, Complex(r, -r)]),
            ("sx", .sx, 0, [Complex(0.5, 0.5), Complex(0.5, -0.5), Complex(0.5, -0.5), Complex(0.5, 0.5)]),
            ("sxdg", .sxdg, 0, [Complex(0.5, -0.5), Complex(0.5, 0.5), Complex(0.5, 0.5), Complex(0.5, -0.5)]),
            ("rx", .rx(.constant(a)), 0, [Complex(ca), Complex(0, -sa), Complex(0, -sa), Complex(ca)]),
            ("ry", .ry(.constant(a)), 0, [Complex(ca), Complex(-sa), Complex(sa), Complex(ca)]),
            ("rz", .rz(.constant(a)), 0, [Complex(ca, -sa), 0, 0, Complex(ca, sa)]),
            ("phase", .phase(.constant(a)), 0, [1, 0, 0, Complex(cos(a), sin(a))]),
            ("u3", .u3(.constant(a), .constant(b), .constant(c)), 0,
             [Complex(ca), Complex(-sa * cos(c), -sa * sin(c)), Complex(sa * cos(b), sa * sin(b)), Complex(ca * cos(b + c), ca * sin(b + c))]),
            ("swap", .swap, 0, [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1]),
            ("xx", .xx(.constant(a)), 0, [Complex(ca), 0, 0, Complex(0, -sa), 0, Complex(ca), Complex(0, -sa), 0,
                                       0, Complex(0, -sa), Complex(ca), 0, Complex(0, -sa), 0, 0, Complex(ca)]),
            ("yy", .yy(.constant(a)), 0, [Complex(ca), 0, 0, Complex(0, sa), 0, Complex(ca), Complex(0, -sa), 0,
                                       0, Complex(0, -sa), Complex(ca), 0, Complex(0, sa), 0, 0, Complex(ca)]),
            ("zz", .zz(.constant(a)), 0, [Complex(ca, -sa), 0, 0, 0, 0, Complex(ca, sa), 0, 0,
                                       0, 0, Complex(ca, sa), 0, 0, 0, 0, Complex(ca, -sa)]),
            ("cnot", .x, 1, [0, 1, 1, 0]),
            ("cy", .y, 1, [0, Complex(0, -1), Complex(0, 1), 0]),
            ("cz", .z, 1, [1, 0, 0, -1]),
            ("ch", .h, 1, [Complex(r), Complex(r), Complex(r), Complex(-r)]),
            ("crx", .rx(.constant(a)), 1, [Complex(ca), Complex(0, -sa), Complex(0, -sa), Complex(ca)]),
            ("cry", .ry(.constant(a)), 1, [Complex(ca), Complex(-sa), Complex(sa), Complex(ca)]),
            ("crz", .rz(.constant(a)), 1, [Complex(ca, -sa), 0, 0, Complex(ca, sa)]),
            ("cphase", .phase(.constant(a)), 1, [1, 0, 0, Complex(cos(a), sin(a))]),
            ("ccx", .x, 2, [0, 1, 1, 0]),
            ("cswap", .swap, 1, [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1]),
            ("cxx", .xx(.constant(a)), 1, [Complex(ca), 0, 0, Complex(0, -sa), 0, Complex(ca), Complex(0, -sa), 0,
                                        0, Complex(0, -sa), Complex(ca), 0, Complex(0, -sa), 0, 0, Complex(ca)]),
        ]
    }()

    /// Qubit placements: targets then controls, covering low, high and interleaved positions.
    static func placements(targets k: Int, controls c: Int) -> [([Int], [Int])] {
        let all: [[Int]] = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]
        return all.map { p in (Array(p[0..<k]), Array(p[k..<(k + c)])) }
    }

    @Test(arguments: 0..<cases.count)
    func gateMatchesKroneckerReference(_ index: Int) {
        let (name, gate, nc, expected) = Self.cases[index]
        #expect(gate.matrix(gate.angles.map { $0.value([]) }).count == expected.count, "\(name)")
        for (p, (targets, controls)) in Self.placements(targets: gate.qubitCount, controls: nc).enumerated() {
            let full = Reference.fullMatrix(expected, targets: targets, controls: controls, qubits: Self.n)
            let input = Reference.randomState(qubits: Self.n, seed: 100 * index + p)
            var c = Circuit(qubits: Self.n)
            c.append(gate, on: targets, controls: controls)
            let got = c.run(from: StateVector(amplitudes: input)).amplitudes
            let want = Reference.apply(full, input)
            #expect(Reference.maxDistance(got, want) < 1e-12, "\(name) on \(targets) controls \(controls)")
            // The gate's own matrix agrees with the hand-written one.
            let own = gate.matrix(gate.angles.map { $0.value([]) })
            #expect(zip(own, expected).allSatisfy { $0.isApproximatelyEqual(to: $1, tolerance: 1e-14) }, "\(name)")
        }
    }

    @Test(arguments: [1, 2, 3])
    func unitaryMatrixMatchesReference(_ k: Int) {
        // A random unitary from a random circuit on k qubits, applied as a matrix on spread qubits.
        let u = Reference.circuitMatrix(randomCircuit(qubits: k, gates: 12, seed: k, parametrized: false))
        let flat = u.flatMap { $0 }
        let targets = Array([3, 0, 2].prefix(k))
        var c = Circuit(qubits: Self.n)
        c.unitary(u, on: targets)
        let input = Reference.randomState(qubits: Self.n, seed: 7 + k)
        let got = c.run(from: StateVector(amplitudes: input)).amplitudes
        let want = Reference.apply(Reference.fullMatrix(flat, targets: targets, controls: [], qubits: Self.n), input)
        #expect(Reference.maxDistance(got, want) < 1e-12)
    }

    @Test func structuredUnitariesUseMatchingKernels() {
        // Diagonal, anti-diagonal and real matrices take special kernels; results must match.
        let mats: [[[Complex]]] = [
            [[Complex(0, 1), 0], [0, Complex(-1, 0)]],
            [[0, Complex(0, 1)], [Complex(1, 0), 0]],
            [[Complex(0.6), Complex(0.8)], [Complex(0.8), Complex(-0.6)]],
        ]
        for (i, m) in mats.enumerated() {
            for target in 0..<Self.n {
                var c = Circuit(qubits: Self.n)
                c.controlled(.unitary(m), controls: [(target + 1) % Self.n], targets: [target])
                let input = Reference.randomState(qubits: Self.n, seed: 50 + i)
                let got = c.run(from: StateVector(amplitudes: input)).amplitudes
                let full = Reference.fullMatrix(m.flatMap { $0 }, targets: [target], controls: [(target + 1) % Self.n], qubits: Self.n)
                #expect(Reference.maxDistance(got, Reference.apply(full, input)) < 1e-12)
            }
        }
    }

    @Test func largeRegisterKernelsMatchReferenceOnEveryQubit() {
        // Vectorised paths (runs of ≥ 4 amplitudes) need bits ≥ 2: check all placements at n = 6.
        let n = 6
        for t in 0..<n {
            for gate in [Gate.h, .ry(.constant(0.4)), .rx(.constant(0.3)), .y, .t] {
                let ctrl = (t + 3) % n
                var c = Circuit(qubits: n)
                c.append(gate, on: [t], controls: [ctrl])
                let input = Reference.randomState(qubits: n, seed: t)
                let got = c.run(from: StateVector(amplitudes: input)).amplitudes
                let full = Reference.fullMatrix(gate.matrix(gate.angles.map { $0.value([]) }), targets: [t], controls: [ctrl], qubits: n)
                #expect(Reference.maxDistance(got, Reference.apply(full, input)) < 1e-12, "\(gate.name) on \(t)")
            }
        }
    }
}
