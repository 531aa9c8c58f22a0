import Foundation
import Testing
import QGen

@Suite struct OptimizerTests {
    @Test func adamFollowsItsUpdateRule() {
        var adam = Adam(learningRate: 0.1)
        let g1 = [0.5, -2.0], g2 = [0.1, 1.0]
        let x1 = adam.step([1, 1], gradient: g1)
        // First step: m̂ = g, v̂ = g², so each coordinate moves by lr·g/(|g| + ε).
        for i in 0..<2 { #expect(abs(x1[i] - (1 - 0.1 * g1[i] / (abs(g1[i]) + 1e-8))) < 1e-15) }
        let x2 = adam.step(x1, gradient: g2)
        for i in 0..<2 {
            let m = 0.9 * 0.1 * g1[i] + 0.1 * g2[i], v = 0.999 * 0.001 * g1[i] * g1[i] + 0.001 * g2[i] * g2[i]
            let mHat = m / (1 - 0.81), vHat = v / (1 - 0.999 * 0.999)
            #expect(abs(x2[i] - (x1[i] - 0.1 * mHat / (vHat.squareRoot() + 1e-8))) < 1e-14)
        }
        #expect(adam.steps == 2)
    }

    @Test func amsgradKeepsTheLargestSecondMoment() {
        var plain = Adam(learningRate: 0.1, beta2: 0.5), ams = Adam(learningRate: 0.1, beta2: 0.5, amsgrad: true)
        var a = [0.0], b = [0.0]
        for g in [10.0, 0.1, 0.1] { a = plain.step(a, gradient: [g]); b = ams.step(b, gradient: [g]) }
        // After a large gradient, AMSGrad's steps stay smaller.
        #expect(abs(b[0]) < abs(a[0]))
    }

    @Test func sgdWithMomentumMatchesTheRecurrence() {
        var sgd = SGD(learningRate: 0.1, momentum: 0.9)
        var x = [1.0], v = 0.0, ref = 1.0
        for _ in 0..<5 {
            let g = 2 * x[0]   // f = x²
            x = sgd.step(x, gradient: [g])
            v = 0.9 * v - 0.1 * 2 * ref
            ref += v
            #expect(abs(x[0] - ref) < 1e-15)
        }
    }

    @Test func lbfgsMinimisesRosenbrock() throws {
        var opt = LBFGS()
        var x = [-1.2, 1.0]
        func rosenbrock(_ p: [Double]) -> (value: Double, gradient: [Double]) {
            let a = 1 - p[0], b = p[1] - p[0] * p[0]
            return (a * a + 100 * b * b, [-2 * a - 400 * p[0] * b, 200 * b])
        }
        var last = 0.0
        for _ in 0..<100 {
            let r = try opt.iterate(x, objective: rosenbrock)
            if r.parameters == x { break }
            x = r.parameters
            last = r.value
        }
        #expect(abs(x[0] - 1) < 1e-6 && abs(x[1] - 1) < 1e-6)
        #expect(last < 1e-10)
        #expect(opt.iterations < 60)
    }

    @Test func lbfgsSolvesAQuadraticInAFewIterations() throws {
        // f = ½ xᵀAx − bᵀx with A diagonal-dominant SPD (5×5): exact minimiser A⁻¹b.
        let a: [[Double]] = (0..<5).map { i in (0..<5).map { j in i == j ? Double(i + 2) : 0.3 } }
        let b = [1.0, -2, 0.5, 3, 1]
        func f(_ x: [Double]) -> (value: Double, gradient: [Double]) {
            let ax = a.map { row in zip(row, x).reduce(0) { $0 + $1.0 * $1.1 } }
            return (0.5 * zip(x, ax).reduce(0) { $0 + $1.0 * $1.1 } - zip(b, x).reduce(0) { $0 + $1.0 * $1.1 },
                    zip(ax, b).map { $0 - $1 })
        }
        var opt = LBFGS()
        var x = [Double](repeating: 0, count: 5)
        // Until the gradient is at the level rounding allows for f ~ 1 (√ε ≈ 1e-8).
        while opt.iterations < 30 && !f(x).gradient.allSatisfy({ abs($0) < 1e-7 }) {
            x = try opt.iterate(x, objective: f).parameters
        }
        #expect(f(x).gradient.allSatisfy { abs($0) < 1e-7 })
        #expect(opt.iterations <= 10 && opt.evaluations <= 2 * opt.iterations, "\(opt.iterations) iterations, \(opt.evaluations) evaluations")
    }

    @Test func badSettingsAreErrors() {
        #expect(throws: QGenError.invalidArgument("the learning rate must be positive and finite, got -1.0")) {
            _ = try Adam.checked(learningRate: -1)
        }
        #expect(throws: QGenError.invalidArgument("momentum must be in [0, 1), got 1.0")) {
            _ = try SGD.checked(momentum: 1)
        }
        var adam = Adam()
        #expect(throws: QGenError.sizeMismatch(what: "gradient length", expected: 2, got: 1)) {
            _ = try adam.checkedStep([1, 2], gradient: [1])
        }
    }
}
