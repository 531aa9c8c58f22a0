import Foundation
import Testing
import QSim
@testable import QGen

/// The quantum autoencoder: its fidelities against explicit density matrices, its gradient
/// against finite differences, the Ising chain's ground states against a closed form and their
/// residuals, and the compression of Qiskit's domain-wall state.
@Suite struct QuantumAutoencoderTests {
    private func randomState(qubits n: Int, seed: UInt64) -> StateVector {
        var random = SeededGenerator(seed: seed)
        var amplitudes = (0..<(1 << n)).map { _ in Complex(random.nextDouble() - 0.5, random.nextDouble() - 0.5) }
        let norm = amplitudes.reduce(0) { $0 + $1.magnitudeSquared }.squareRoot()
        amplitudes = amplitudes.map { Complex($0.re / norm, $0.im / norm) }
        return StateVector(amplitudes: amplitudes)
    }

    @Test func fidelitiesAgreeWithExplicitDensityMatrices() {
        let model = QuantumAutoencoder(qubits: 4, latent: 2, reps: 2, seed: 3)
        let psi = randomState(qubits: 4, seed: 9)
        let phi = model.circuit.run(from: psi).amplitudes
        let dim = 16, trashDim = 4
        // Trash fidelity: the probabilities of the basis states whose two trash bits are 0.
        let p = model.circuit.run(from: psi).probabilities()
        #expect(abs(model.trashFidelity(psi) - (0..<dim).filter { $0 % trashDim == 0 }.map { p[$0] }.reduce(0, +)) < 1e-12)
        // Reconstruction: ρ' = Σₖ Kₖ|φ⟩⟨φ|Kₖ† with Kₖ = I ⊗ |0⟩⟨k|, then ⟨φ|ρ'|φ⟩ (U† and U cancel).
        var rho = [[Complex]](repeating: [Complex](repeating: .zero, count: dim), count: dim)
        for k in 0..<trashDim {
            var kept = [Complex](repeating: .zero, count: dim)
            for l in 0..<4 { kept[l * trashDim] = phi[l * trashDim + k] }
            for i in 0..<dim { for j in 0..<dim { rho[i][j] = rho[i][j] + kept[i] * kept[j].conjugate } }
        }
        var fidelity = Complex.zero
        for i in 0..<dim { for j in 0..<dim { fidelity = fidelity + phi[i].conjugate * rho[i][j] * phi[j] } }
        #expect(abs(model.reconstructionFidelity(psi) - fidelity.re) < 1e-12)
        #expect(abs(fidelity.im) < 1e-12)
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        let model = QuantumAutoencoder(qubits: 4, latent: 2, reps: 2, seed: 5)
        let states = [randomState(qubits: 4, seed: 1), randomState(qubits: 4, seed: 2)]
        let (_, gradient) = try model.checkedCostGradient(states)
        let x = model.parameters, h = 1e-6
        for i in x.indices {
            var plus = x, minus = x
            plus[i] += h
            minus[i] -= h
            let numeric = (try model.checkedCostGradient(states, parameters: plus).value - model.checkedCostGradient(states, parameters: minus).value) / (2 * h)
            #expect(abs(numeric - gradient[i]) < 1e-7, "parameter \(i)")
        }
    }

    @Test func isingGroundStatesAreEigenvectors() {
        for h in [0.0, 0.3, 1.0, 2.5] {
            let (_, energy) = IsingChain.groundState(qubits: 2, field: h)
            #expect(abs(energy - -(1 + 4 * h * h).squareRoot()) < 1e-12, "closed form for two spins, h = \(h)")
        }
        for (n, h) in [(4, 0.5), (5, 1.0), (6, 1.7)] {
            let (state, energy) = IsingChain.groundState(qubits: n, field: h)
            let v = state.amplitudes.map(\.re)
            let m = IsingChain.hamiltonian(qubits: n, field: h)
            let residual = m.indices.map { i in m[i].indices.reduce(0.0) { $0 + m[i][$1] * v[$1] } - energy * v[i] }
            #expect(residual.map(abs).max()! < 1e-10, "n = \(n), h = \(h)")
            // No state has lower energy: every eigenvalue is at least the ground energy.
            #expect(SymmetricEigen.decompose(m).values.allSatisfy { $0 >= energy - 1e-12 })
        }
    }

    @Test func compressesTheDomainWallState() {
        // Qiskit Machine Learning's tutorial: |00111⟩ onto 3 of 5 qubits, 5 repetitions (they
        // report a fidelity of 0.9209 after COBYLA); exact gradients reach more.
        var model = QuantumAutoencoder(qubits: 5, latent: 3, reps: 5, seed: 42)
        let wall = QuantumAutoencoder.domainWall(qubits: 5)
        #expect(wall.probabilities()[0b00111] == 1)
        let before = model.reconstructionFidelity(wall)
        let history = model.train(states: [wall], optimizer: Adam(learningRate: 0.1), steps: 60)
        #expect(history.costs.count == 60)
        #expect(history.finalFidelity >= 0.92, "fidelity \(history.finalFidelity) (before: \(before))")
        #expect(history.finalCost < history.costs[0])
    }

    @Test func badInputIsRejected() {
        #expect(throws: QGenError.self) { try QuantumAutoencoder.checked(qubits: 3, latent: 3) }
        let model = QuantumAutoencoder(qubits: 3, latent: 1, reps: 1)
        #expect(throws: QGenError.self) { try model.checkedTrashFidelity(StateVector(qubits: 2)) }
        #expect(throws: QGenError.self) { try model.checkedCostGradient([]) }
    }
}

extension QuantumAutoencoderTests {
    @Test func compressesAFamilyOfIsingGroundStates() {
        // A smaller run of `make validate-models`'s reproduction (b): 4 spins onto 3 qubits.
        let states = [0.3, 0.8, 1.3, 1.8].map { IsingChain.groundState(qubits: 4, field: $0).state }
        var model = QuantumAutoencoder(qubits: 4, latent: 3, reps: 3, seed: 7)
        let history = model.train(states: states, optimizer: Adam(learningRate: 0.05), steps: 120)
        #expect(history.finalFidelity > 0.99, "mean fidelity \(history.finalFidelity)")
    }
}
