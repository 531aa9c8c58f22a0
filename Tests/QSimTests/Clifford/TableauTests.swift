import Testing
@testable import QSim

struct TableauTests {
    static func randomClifford(qubits n: Int, gates: Int, rng: inout SeededGenerator) -> Circuit {
        var c = Circuit(qubits: n)
        for _ in 0..<gates {
            let a = rng.nextInt(below: n)
            var b = rng.nextInt(below: n)
            if n > 1 { while b == a { b = rng.nextInt(below: n) } }
            switch rng.nextInt(below: n > 1 ? 10 : 7) {
            case 0: c.h(a)
            case 1: c.s(a)
            case 2: c.x(a)
            case 3: c.y(a)
            case 4: c.z(a)
            case 5: c.sdg(a)
            case 6: c.h(a)
            case 7: c.cnot(a, b)
            case 8: c.cz(a, b)
            default: c.swap(a, b)
            }
        }
        return c
    }

    /// 1,000 random Clifford circuits of 1–10 qubits: the tableau's outcome distribution (uniform
    /// 2^−k on an affine subspace) and Pauli expectations must match the state vector exactly.
    @Test func agreesWithStateVectorOnThousandRandomCircuits() {
        var rng = SeededGenerator(seed: 2024)
        for trial in 0..<1000 {
            let n = 1 + trial % 10
            let c = Self.randomClifford(qubits: n, gates: 3 * n + 5, rng: &rng)
            let psi = c.run()
            let p = psi.probabilities()
            let tableau = Tableau(c)
            let support = p.filter { $0 > 1e-9 }
            let samples = tableau.sample(shots: 4, seed: trial)
            for s in samples {
                let pt = tableau.probability(of: s)
                #expect(abs(p[s] - pt) < 1e-9, "trial \(trial) sample \(s)")
                #expect(abs(Double(support.count) * pt - 1) < 1e-9, "trial \(trial): support size")
            }
            let zero = (0..<(1 << n)).first { p[$0] < 1e-9 }
            if let zero { #expect(tableau.probability(of: zero) == 0) }
            var text = ""
            for _ in 0..<n { text.append(["I", "X", "Y", "Z"][rng.nextInt(below: 4)]) }
            let pauli = PauliString(text)!
            #expect(abs(tableau.expectation(pauli) - psi.expectation(pauli)) < 1e-9, "trial \(trial) \(text)")
        }
    }

    @Test func ghzOnHundredsOfQubits() {
        let n = 500
        var c = Circuit(qubits: n)
        c.h(0)
        for q in 0..<(n - 1) { c.cnot(q, q + 1) }
        let t = Tableau(c)
        for bits in t.sampleBits(shots: 2, seed: 5) {
            #expect(bits.allSatisfy { $0 == bits[0] })
        }
        #expect(t.expectation(.z(0) * .z(n - 1)) == 1)
        #expect(t.expectation(.z(0)) == 0)
        var xs = PauliString.identity
        for q in 0..<n { xs = xs * .x(q) }
        #expect(t.expectation(xs) == 1)
    }

    @Test func measurementCollapses() {
        var c = Circuit(qubits: 2)
        c.h(0); c.cnot(0, 1)
        var t = Tableau(c)
        var rng = SeededGenerator(seed: 1)
        let first = t.measure(0, using: &rng)
        #expect(t.measure(1, using: &rng) == first)
        #expect(t.measure(0, using: &rng) == first)
    }

    @Test func refusesNonCliffordGates() {
        var c = Circuit(qubits: 2)
        c.t(0)
        #expect(throws: QSimError.notClifford(gate: "t")) { try Tableau.validate(c) }
        var d = Circuit(qubits: 3)
        d.ccx(0, 1, 2)
        #expect(throws: QSimError.notClifford(gate: "ccx")) { try Tableau.validate(d) }
    }
}
