import Testing
@testable import QSim

struct ExpectationTests {
    static func denseExpectation(_ p: PauliString, _ v: [Complex], n: Int) -> Double {
        let pauli: [Pauli: [Complex]] = [.x: [0, 1, 1, 0], .y: [0, -Complex.i, .i, 0], .z: [1, 0, 0, -1]]
        var m: Reference.Matrix = [[.one]]
        for q in 0..<n {
            let f = p.factors[q].map { pauli[$0]! } ?? [1, 0, 0, 1]
            m = Reference.kron(m, [[f[0], f[1]], [f[2], f[3]]])
        }
        let w = Reference.apply(m, v)
        return p.coefficient * zip(v, w).reduce(Complex.zero) { $0 + $1.0.conjugate * $1.1 }.re
    }

    @Test(arguments: ["XIZY", "ZZZZ", "IYYI", "XXXX", "YIII", "IIIZ"])
    func pauliStringsMatchDenseReference(_ text: String) {
        let v = Reference.randomState(qubits: 4, seed: text.count + Int(text.unicodeScalars.first!.value))
        let psi = StateVector(amplitudes: v)
        let p = 0.7 * PauliString(text)!
        #expect(abs(psi.expectation(p) - Self.denseExpectation(p, v, n: 4)) < 1e-12)
    }

    @Test func productsAndSums() {
        #expect((PauliString.x(0) * .x(0)).factors.isEmpty)
        let xy = PauliString.x(0) * .y(0)          // = iZ
        #expect(!xy.isHermitian && xy.factors == [0: .z])
        let zz = PauliString.x(1) * .y(1) * .y(1) * .x(1)  // X Y Y X = I
        #expect(zz.factors.isEmpty && zz.isHermitian && zz.coefficient == 1)
        let v = Reference.randomState(qubits: 3, seed: 4)
        let psi = StateVector(amplitudes: v)
        let o = 0.5 * .z(0) * .z(1) + .x(2) - .y(1)
        let expected = 0.5 * Self.denseExpectation(.z(0) * .z(1), v, n: 3) + Self.denseExpectation(.x(2), v, n: 3)
            - Self.denseExpectation(.y(1), v, n: 3)
        #expect(abs(psi.expectation(o) - expected) < 1e-12)
        #expect(o.description == "0.5·Z0 Z1 + X2 + -Y1")
    }
}
