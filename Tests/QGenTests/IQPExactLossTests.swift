import Foundation
import Testing
import QSim
@testable import QGen

/// The exact training loss of an IQP circuit: the kernel quadratic form of its exact
/// distribution against the data's, and a gradient that finite differences confirm.
@Suite struct IQPExactLossTests {
    func model(spinSymmetric: Bool, bandwidths: [Double]) -> IQPModel {
        var m = IQPModel(qubits: 5, gates: IQPModel.allGates(qubits: 5, maxWeight: 3), bandwidths: bandwidths,
                         spinSymmetric: spinSymmetric, initialScale: 0.4, seed: 7)
        m.circuit.parameters = m.circuit.parameters.enumerated().map { $0.element + 0.05 * Double($0.offset % 7) }
        return m
    }

    @Test(arguments: [false, true])
    func theLossIsTheKernelQuadraticForm(spinSymmetric: Bool) {
        let data = ChainRows.rows(5, 300, seed: 4)
        let sigmas = [0.7, 1.6]
        let m = model(spinSymmetric: spinSymmetric, bandwidths: sigmas)
        let p = Distribution(probabilities: m.circuit.probabilities())
        let q = Distribution(samples: data.map(ChainRows.index), qubits: 5)
        let quadratic = sigmas.map { mmd(p, q, kernel: GaussianKernel(bandwidths: [$0], distance: .hamming)) }
        #expect(abs(m.exactLossGradient(data: data).value - quadratic.reduce(0, +) / 2) < 1e-12)
    }

    @Test(arguments: [false, true])
    func theGradientMatchesFiniteDifferences(spinSymmetric: Bool) {
        let data = ChainRows.rows(5, 300, seed: 4)
        let m = model(spinSymmetric: spinSymmetric, bandwidths: [0.9])
        let gradient = m.exactLossGradient(data: data).gradient
        for j in stride(from: 0, to: m.circuit.parameters.count, by: 3) {
            var plus = m, minus = m
            plus.circuit.parameters[j] += 1e-6
            minus.circuit.parameters[j] -= 1e-6
            let fd = (plus.exactLossGradient(data: data).value - minus.exactLossGradient(data: data).value) / 2e-6
            #expect(abs(fd - gradient[j]) < 1e-7, "angle \(j): \(fd) against \(gradient[j])")
        }
    }

    @Test func refusesWhatItCannotComputeExactly() {
        let flips = IQPModel(qubits: 3, gates: [[0], [1, 2]], bandwidths: [1], bitFlip: true, seed: 0)
        #expect(throws: QGenError.self) { _ = try flips.checkedExactLossGradient(data: [[0, 1, 0]]) }
        let m = IQPModel(qubits: 3, gates: [[0], [1, 2]], bandwidths: [1], seed: 0)
        #expect(throws: QGenError.self) { _ = try m.checkedExactLossGradient(data: [[0, 1]]) }
        #expect(throws: QGenError.self) { _ = try m.checkedExactLossGradient(data: []) }
    }
}
