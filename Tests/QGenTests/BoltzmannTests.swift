import Foundation
import Testing
import QSim
@testable import QGen

/// The quantum Boltzmann machine: its probabilities against a matrix exponential computed
/// without any eigensolver, the classical machine's gradient against finite differences, Amin
/// et al.'s data, and training.
@Suite struct BoltzmannTests {
    /// e^{−H} by scaling and squaring of a Taylor series, on dense row-major matrices.
    private func expMinus(_ h: [Double], n: Int) -> [Double] {
        func multiply(_ a: [Double], _ b: [Double]) -> [Double] {
            var c = [Double](repeating: 0, count: n * n)
            for i in 0..<n { for k in 0..<n where a[i * n + k] != 0 { for j in 0..<n { c[i * n + j] += a[i * n + k] * b[k * n + j] } } }
            return c
        }
        let squarings = 10
        let a = h.map { -$0 / Double(1 << squarings) }
        var result = (0..<(n * n)).map { $0 % (n + 1) == 0 ? 1.0 : 0.0 }
        var term = result
        for k in 1...20 {
            term = multiply(term, a).map { $0 / Double(k) }
            result = zip(result, term).map { $0 + $1 }
        }
        for _ in 0..<squarings { result = multiply(result, result) }
        return result
    }

    @Test(arguments: [0.0, 0.7, 2.0])
    func probabilitiesMatchADirectMatrixExponential(_ gamma: Double) {
        let machine = QuantumBoltzmannMachine(units: 3, transverseField: gamma, seed: 4)
        var m = machine
        m.biases = [0.3, -0.5, 0.8]
        m.couplings = [0.4, -0.2, 0.6]
        let dim = 8
        let e = expMinus(m.hamiltonian(), n: dim)
        let trace = (0..<dim).map { e[$0 * dim + $0] }.reduce(0, +)
        let direct = (0..<dim).map { e[$0 * dim + $0] / trace }
        let p = m.probabilities()
        #expect(zip(p, direct).map { abs($0 - $1) }.max()! < 1e-12, "Γ = \(gamma)")
        #expect(abs(p.reduce(0, +) - 1) < 1e-12)
    }

    @Test func theClassicalGradientIsTheKLGradient() throws {
        let data = Datasets.amin(units: 4, modes: 3, seed: 2)
        var m = QuantumBoltzmannMachine(units: 4, transverseField: 0, seed: 6)
        let gradient = try m.checkedBoundGradient(data: data)
        let x = m.biases + m.couplings
        let h = 1e-6
        for i in x.indices {
            func kl(_ shift: Double) -> Double {
                var point = x
                point[i] += shift
                m.biases = Array(point[0..<4])
                m.couplings = Array(point[4...])
                return Metrics.kl(data.probabilities, m.probabilities(), smoothing: 0)
            }
            #expect(abs((kl(h) - kl(-h)) / (2 * h) - gradient[i]) < 1e-7, "parameter \(i)")
        }
    }

    @Test func aminDataArePeakedAtTheirModes() {
        let data = Datasets.amin(units: 6, modes: 4, p: 0.9, seed: 1)
        #expect(abs(data.probabilities.reduce(0, +) - 1) < 1e-12)
        // Every mode holds at least p^n / M of the mass, far above the uniform 1/64.
        let top = Array(data.probabilities.sorted(by: >).prefix(4))
        let floor: Double = Foundation.pow(0.9, 6.0) / 4
        #expect(top.allSatisfy { $0 >= floor })
    }

    @Test func aTransverseFieldHelpsOnAminData() {
        // A smaller run of `make validate-models`'s reproduction (6 units instead of 8).
        let data = Datasets.amin(units: 6, modes: 8, seed: 3)
        var classical = QuantumBoltzmannMachine(units: 6, transverseField: 0, seed: 3)
        var quantum = QuantumBoltzmannMachine(units: 6, transverseField: 2, seed: 3)
        let c = classical.train(data: data, optimizer: Adam(learningRate: 0.05), steps: 150)
        let q = quantum.train(data: data, optimizer: Adam(learningRate: 0.05), steps: 150)
        #expect(c.finalKLDivergence < c.klDivergences[0] && q.finalKLDivergence < q.klDivergences[0])
        #expect(q.finalKLDivergence < c.finalKLDivergence, "bQBM \(q.finalKLDivergence) against BM \(c.finalKLDivergence)")
    }

    @Test func badInputIsRejected() {
        #expect(throws: QGenError.self) { try QuantumBoltzmannMachine.checked(units: 11) }
        #expect(throws: QGenError.self) { try QuantumBoltzmannMachine.checked(units: 3, transverseField: -1) }
        #expect(throws: QGenError.self) { try QuantumBoltzmannMachine(units: 3).checkedBoundGradient(data: Distribution.uniform(qubits: 2)) }
    }
}

extension BoltzmannTests {
    @Test(arguments: [0.0, 0.8, 2.5])
    func theExactGradientMatchesFiniteDifferences(_ gamma: Double) throws {
        let data = Datasets.amin(units: 3, modes: 2, seed: 4)
        var m = QuantumBoltzmannMachine(units: 3, transverseField: gamma, seed: 8)
        m.biases = [0.3, -0.2, 0.5]
        m.couplings = [0.4, -0.7, 0.1]
        let (value, gradient) = try m.checkedExactGradient(data: data)
        func nll(_ machine: QuantumBoltzmannMachine) -> Double {
            let p = machine.probabilities()
            return -zip(data.probabilities, p).map { $0 > 0 ? $0 * Foundation.log($1) : 0 }.reduce(0, +)
        }
        #expect(abs(value - nll(m)) < 1e-12)
        #expect(gradient.count == 3 + 3 + 1)
        let h = 1e-6
        for i in 0..<7 {
            var plus = m, minus = m
            switch i {
            case 0..<3: plus.biases[i] += h; minus.biases[i] -= h
            case 3..<6: plus.couplings[i - 3] += h; minus.couplings[i - 3] -= h
            default:
                if gamma == 0 { continue }  // Γ ≥ 0: no two-sided difference at 0
                plus.transverseField += h; minus.transverseField -= h
            }
            let numeric = (nll(plus) - nll(minus)) / (2 * h)
            #expect(abs(numeric - gradient[i]) < 1e-7, "Γ = \(gamma), parameter \(i): \(numeric) against \(gradient[i])")
        }
        if gamma == 0 {
            // At Γ = 0 the biases' and couplings' exact gradient is the bound's.
            #expect(zip(gradient.prefix(6), try m.checkedBoundGradient(data: data)).allSatisfy { abs($0 - $1) < 1e-12 })
        }
    }

    @Test func exactTrainingLearnsTheFieldToo() {
        let data = Datasets.amin(units: 6, modes: 8, seed: 3)
        var classical = QuantumBoltzmannMachine(units: 6, transverseField: 0, seed: 3)
        var quantum = QuantumBoltzmannMachine(units: 6, transverseField: 0.5, seed: 3)
        let c = classical.train(data: data, optimizer: Adam(learningRate: 0.05), steps: 150)
        let q = quantum.trainExact(data: data, optimizer: Adam(learningRate: 0.05), steps: 150)
        #expect(q.finalKLDivergence < c.finalKLDivergence, "QBM \(q.finalKLDivergence) against BM \(c.finalKLDivergence)")
        #expect(quantum.transverseField != 0.5)
    }
}
