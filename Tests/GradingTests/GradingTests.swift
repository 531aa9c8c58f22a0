import Foundation
import Testing
import QSim
@testable import Grading

/// Runs `body` collecting its expectations.
func outcomes(_ body: () -> Void) -> [CheckResult] {
    Expectations.collecting(body).1
}

@Suite struct ValueExpectationTests {
    @Test func numbersWithinAbsoluteAndRelativeTolerance() {
        let r = outcomes {
            expect(0.5 + 1e-10, equals: 0.5)
            expect(0.51, equals: 0.5, tolerance: 1e-3)
            expect(1000.4, equals: 1000, relativeTolerance: 1e-3)
            expect(Double.nan, equals: Double.nan)
        }
        #expect(r.map(\.passed) == [true, false, true, true])
        #expect(r[1].had == "0.51" && r[1].wanted == "0.5")
    }

    @Test func aFlippedSignOrAMultipleIsNamed() {
        let r = outcomes {
            expect(-0.25, equals: 0.25)
            expect(1.0, equals: 0.5)
            expect(0.3, equals: 0.5)
        }
        #expect(r[0].diagnosis == "the sign is flipped")
        #expect(r[1].diagnosis == "your value is 2 times the expected one")
        #expect(r[2].diagnosis == nil)
    }

    @Test func arraysNameTheFirstDifferenceAndTheUsualMistakes() {
        let r = outcomes {
            expect([0.1, 0.2, 0.7], equals: [0.1, 0.2, 0.7])
            expect([0.1, 0.3, 0.6], equals: [0.1, 0.2, 0.7], tolerance: 1e-6)
            expect([0.7, 0.2, 0.1], equals: [0.1, 0.2, 0.7])
            expect([1.0, 2, 7], equals: [0.1, 0.2, 0.7])
            expect([1.0], equals: [1, 2])
        }
        #expect(r.map(\.passed) == [true, false, false, false, false])
        #expect(r[1].had == "element 1 = 0.3" && r[1].wanted == "element 1 = 0.2")
        #expect(r[1].diagnosis == nil)
        #expect(r[2].diagnosis == "your values are in reverse order")
        #expect(r[3].diagnosis == "your values are proportional to the expected ones: divide by their sum (10)")
        #expect(r[4].had == "1 values")
    }

    @Test func conditionsIntegersAndText() {
        let r = outcomes {
            expect(3 > 2, "three exceeds two")
            expect(false, hint: "look again")
            expect(4, equals: 4)
            expect("101", equals: "011")
        }
        #expect(r.map(\.passed) == [true, false, true, false])
        #expect(r[1].hint == "look again")
        #expect(r[3].description == "✘ \"011\"\n    had:    \"101\"\n    wanted: \"011\"")
    }
}

@Suite struct StateExpectationTests {
    static func bell() -> StateVector {
        var c = Circuit(qubits: 2)
        c.h(0); c.cnot(0, 1)
        return c.run()
    }

    static func product(_ gates: (inout Circuit) -> Void, qubits: Int = 3) -> StateVector {
        var c = Circuit(qubits: qubits)
        gates(&c)
        return c.run()
    }

    @Test func aGlobalPhaseIsIgnoredUnlessAsked() {
        var c = Circuit(qubits: 2)
        c.h(0); c.cnot(0, 1)
        c.unitary([[Complex(0, 1), 0], [0, Complex(0, 1)]], on: [0])   // i·I: a global phase
        let r = outcomes {
            expect(c.run(), equals: Self.bell())
            expect(c.run(), equals: Self.bell(), upToGlobalPhase: false)
        }
        #expect(r.map(\.passed) == [true, false])
        #expect(r[1].diagnosis?.hasPrefix("your state differs from the target only by a global phase") == true)
    }

    @Test func swappedQubitsAreFound() {
        let target = Self.product { $0.x(0); $0.h(2) }
        let answer = Self.product { $0.x(1); $0.h(2) }
        let r = outcomes { expect(answer, equals: target) }
        #expect(r[0].diagnosis == "your state matches the target with qubits 0 and 1 swapped")
    }

    @Test func reversedQubitOrderIsFound() {
        let target = Self.product { $0.x(0); $0.h(1); $0.t(1) }
        let answer = Self.product { $0.x(2); $0.h(1); $0.t(1) }
        let r = outcomes { expect(answer, equals: target) }
        // Reversing three qubits is also "0 and 2 swapped"; the reversal is named first.
        #expect(r[0].diagnosis == "your state matches the target with the qubit order reversed (qubit 0 is the most significant bit here)")
    }

    @Test func aConjugateAndAnExtraPauliAreFound() {
        let target = Self.product({ $0.h(0); $0.s(0) }, qubits: 1)
        let conjugate = Self.product({ $0.h(0); $0.sdg(0) }, qubits: 1)
        // (On one qubit an extra X of an equator state is also a conjugate; on two it is not.)
        let extraX = Self.product({ $0.x(0); $0.h(1); $0.s(1) }, qubits: 2)
        let plainTarget = Self.product({ $0.h(1); $0.s(1) }, qubits: 2)
        let r = outcomes {
            expect(conjugate, equals: target)
            expect(extraX, equals: plainTarget)
        }
        #expect(r[0].diagnosis?.hasPrefix("your state is the complex conjugate of the target") == true)
        #expect(r[1].diagnosis == "your state matches the target after one more X on qubit 0")
    }

    @Test func aMissingNormalisationIsFound() {
        let target = StateVector(amplitudes: [0.6, 0.8])
        let r = outcomes { expect(StateVector(amplitudes: [0.6, 0.8]), equals: target) }
        #expect(r[0].passed)
        // Built without the norm check, as a learner's own amplitudes might be.
        let halfNorm = StateVector(amplitudes: [Complex(0.6), Complex(0.8)])
        #expect(outcomes { expect(halfNorm, equals: target) }[0].passed)
    }

    @Test func anUnrelatedStateGetsNoDiagnosis() {
        let r = outcomes { expect(Self.product({ $0.h(0); $0.h(1) }, qubits: 2), equals: Self.bell()) }
        #expect(!r[0].passed && r[0].diagnosis == nil)
        #expect(r[0].had == "0.5|00⟩ + 0.5|01⟩ + 0.5|10⟩ + 0.5|11⟩")
        #expect(r[0].wanted == "0.707|00⟩ + 0.707|11⟩")
    }
}

@Suite struct CircuitExpectationTests {
    @Test func equivalentCircuitsPassWhateverTheirGates() {
        var a = Circuit(qubits: 2), b = Circuit(qubits: 2)
        a.cz(0, 1)
        b.h(1); b.cnot(0, 1); b.h(1)
        var c = Circuit(qubits: 1), d = Circuit(qubits: 1)
        c.z(0)
        d.rz(Double.pi, 0)   // Z up to a global phase −i
        let r = outcomes {
            expect(a, equivalentTo: b)
            expect(d, equivalentTo: c)
            expect(d, equivalentTo: c, upToGlobalPhase: false)
        }
        #expect(r.map(\.passed) == [true, true, false])
        #expect(r[2].diagnosis == "your circuit differs from the target only by a global phase")
    }

    @Test func aWrongWireAnInverseAndAConjugateAreFound() {
        var target = Circuit(qubits: 3)
        target.h(0); target.cnot(0, 1); target.t(1)
        var wrongWire = Circuit(qubits: 3)
        wrongWire.h(0); wrongWire.cnot(0, 2); wrongWire.t(2)
        var inverse = Circuit(qubits: 1), forward = Circuit(qubits: 1)
        forward.h(0); forward.t(0)
        inverse.tdg(0); inverse.h(0)
        // S·RY(0.3): its conjugate is S†·RY(0.3), its inverse RY(−0.3)·S†, so they differ.
        var conj = Circuit(qubits: 1), s = Circuit(qubits: 1)
        s.ry(0.3, 0); s.s(0)
        conj.ry(0.3, 0); conj.sdg(0)
        let r = outcomes {
            expect(wrongWire, equivalentTo: target)
            expect(inverse, equivalentTo: forward)
            expect(conj, equivalentTo: s)
        }
        #expect(r[0].diagnosis == "your circuit matches the target with qubits 1 and 2 swapped (a gate on the wrong wire?)")
        #expect(r[1].diagnosis == "your circuit is the inverse of the target (gates in reverse order, angles negated)")
        #expect(r[2].diagnosis?.hasPrefix("your circuit is the complex conjugate") == true)
    }
}

@Suite struct DistributionExpectationTests {
    @Test func totalVariation() {
        let r = outcomes {
            expect([0.26, 0.24, 0.25, 0.25], closeTo: [0.25, 0.25, 0.25, 0.25], totalVariation: 0.02)
            expect([0.5, 0.5, 0, 0], closeTo: [0.25, 0.25, 0.25, 0.25])
            expect([0.1, 0.2, 0.3, 0.4], closeTo: [0.4, 0.3, 0.2, 0.1])
            expect([0.5, 0.7], closeTo: [0.5, 0.5])
        }
        #expect(r.map(\.passed) == [true, false, false, false])
        #expect(r[1].had == "total variation 0.5")
        #expect(r[2].diagnosis?.hasPrefix("your distribution matches the target read in reverse order") == true)
        #expect(r[3].diagnosis == "your probabilities sum to 1.2, not 1")
    }

    @Test func samplesFromTheRightDistributionPassAndFromAWrongOneFail() {
        let p = [0.1, 0.2, 0.3, 0.4]
        let psi = StateVector(amplitudes: p.map { $0.squareRoot() })
        let good = psi.sample(shots: 5000, seed: 3)
        let bad = StateVector(amplitudes: [0.5, 0.5, 0.5, 0.5]).sample(shots: 5000, seed: 3)
        let r = outcomes {
            expect(samples: good, follow: p)
            expect(samples: bad, follow: p)
            expect(samples: [7], follow: p)
        }
        #expect(r.map(\.passed) == [true, false, false])
    }

    @Test func theIncompleteGammaAgreesWithKnownValues() {
        // Q(k/2, x/2) is the χ² survival function: P(χ²₁ > 3.841) ≈ 0.05, P(χ²₄ > 9.488) ≈ 0.05,
        // P(χ²₂ > x) = e^{−x/2} exactly.
        #expect(abs(ChiSquare.upperGamma(0.5, 3.841459 / 2) - 0.05) < 1e-6)
        #expect(abs(ChiSquare.upperGamma(2, 9.487729 / 2) - 0.05) < 1e-6)
        #expect(abs(ChiSquare.upperGamma(1, 1.3) - exp(-1.3)) < 1e-14)
        #expect(ChiSquare.upperGamma(3, 0) == 1)
    }
}

@Suite struct ReportingTests {
    @Test func withoutACollectorOutcomesArePrintedAndReturned() {
        // `expect` returns whether it held either way.
        #expect(expect(1.0, equals: 1.0))
        #expect(!expect(2.0, equals: 1.0))
    }

    @Test func aFailureShowsHadWantedLikelyAndHint() {
        let e = CheckResult(passed: false, summary: "x", had: "1", wanted: "2", diagnosis: "off by one", hint: "count again")
        #expect(e.description == "✘ x\n    had:    1\n    wanted: 2\n    likely: off by one\n    hint:   count again")
    }
}
