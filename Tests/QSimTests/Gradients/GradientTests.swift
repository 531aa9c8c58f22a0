import Testing
@testable import QSim

/// Adjoint and parameter-shift gradients against central finite differences.
struct GradientTests {
    static func finiteDifference(_ c: Circuit, _ f: (StateVector) -> Double, h: Double = 1e-5) -> [Double] {
        (0..<c.parameterCount).map { k in
            var plus = c.parameterValues, minus = c.parameterValues
            plus[k] += h; minus[k] -= h
            return (f(c.run(parameters: plus)) - f(c.run(parameters: minus))) / (2 * h)
        }
    }

    /// Random circuits plus every parametrised gate kind, parameters shared and scaled.
    static func circuit(_ seed: Int) -> Circuit {
        var c = randomCircuit(qubits: 4, gates: 40, seed: seed)
        let a = c.addParameter(value: 0.4), b = c.addParameter(value: -0.9), d = c.addParameter(value: 1.3)
        c.u3(.parameter(a), .parameter(b), .parameter(0.5 * d), 2)
        c.cry(b, 0, 3); c.crz(d, 3, 1); c.cphase(a, 1, 2); c.phase(d - 0.2, 0)
        c.yy(a, 2, 3); c.zz(-b, 0, 1); c.crx(2 * d, 2, 0)
        c.controlled(.ry(.parameter(a)), controls: [0, 1], targets: [2])
        return c
    }

    static let observable: Observable = 0.5 * .z(0) * .z(1) + .x(2) + 0.3 * .y(3) * .x(0)

    @Test(arguments: 0..<5)
    func adjointMatchesFiniteDifferences(_ seed: Int) {
        let c = Self.circuit(seed)
        let (value, grad) = c.expectationGradient(of: Self.observable)
        #expect(abs(value - c.run().expectation(Self.observable)) < 1e-12)
        let fd = Self.finiteDifference(c) { $0.expectation(Self.observable) }
        for k in 0..<grad.count { #expect(abs(grad[k] - fd[k]) < 1e-7, "parameter \(k)") }
    }

    @Test(arguments: 0..<3)
    func lossGradientMatchesFiniteDifferences(_ seed: Int) {
        let c = Self.circuit(seed)
        let w = (0..<16).map { Double(($0 * 7) % 5) - 2 }
        let loss = { (p: [Double]) -> Double in zip(w, p).reduce(0) { $0 + $1.0 * $1.1 * $1.1 } }
        let (value, grad) = c.lossGradient { p in (loss(p), zip(w, p).map { 2 * $0 * $1 }) }
        #expect(abs(value - loss(c.run().probabilities())) < 1e-14)
        let fd = Self.finiteDifference(c) { loss($0.probabilities()) }
        for k in 0..<grad.count { #expect(abs(grad[k] - fd[k]) < 1e-7, "parameter \(k)") }
    }

    @Test(arguments: 0..<3)
    func parameterShiftIsExact(_ seed: Int) {
        let c = Self.circuit(seed)
        let adjoint = c.expectationGradient(of: Self.observable).gradient
        let shift = c.parameterShiftGradient(of: Self.observable)
        let fd = Self.finiteDifference(c) { $0.expectation(Self.observable) }
        for k in 0..<adjoint.count {
            #expect(abs(adjoint[k] - shift[k]) < 1e-10, "parameter \(k)")
            #expect(abs(shift[k] - fd[k]) < 1e-7, "parameter \(k)")
        }
        // Jacobian of the probabilities, contracted with a weight vector, equals the VJP.
        let w = (0..<16).map { Double($0 % 3) - 1 }
        let jac = c.parameterShiftJacobian()
        let vjp = c.vectorJacobianProduct(w)
        for k in 0..<vjp.count {
            #expect(abs(zip(jac[k], w).reduce(0) { $0 + $1.0 * $1.1 } - vjp[k]) < 1e-10)
        }
    }

    @Test func parameterShiftWithShotsIsCloseAndSeeded() {
        var c = Circuit(qubits: 2)
        let a = c.addParameter(value: 0.7), b = c.addParameter(value: -0.4)
        c.ry(a, 0); c.cnot(0, 1); c.rx(b, 1); c.crz(a, 1, 0)
        let o: Observable = .z(0) * .z(1) + 0.5 * .x(1)
        let exact = c.parameterShiftGradient(of: o)
        let est = c.parameterShiftGradient(of: o, shots: 20_000, seed: 3)
        #expect(est == c.parameterShiftGradient(of: o, shots: 20_000, seed: 3))
        for k in 0..<2 { #expect(abs(exact[k] - est[k]) < 0.05) }
        let jac = c.parameterShiftJacobian(shots: 20_000, seed: 1)
        let jex = c.parameterShiftJacobian()
        for k in 0..<2 { for x in 0..<4 { #expect(abs(jac[k][x] - jex[k][x]) < 0.03) } }
    }

    @Test func gradientsValidateInput() {
        let c = Self.circuit(0)
        #expect(throws: QSimError.gradientLength(expected: 16, got: 3)) { try c.validate(probabilityGradient: [1, 2, 3]) }
        #expect(throws: QSimError.qubitOutOfRange(qubit: 9, qubits: 4)) { try c.validateGradient(of: Observable(.z(9))) }
    }
}
