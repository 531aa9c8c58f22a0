// Ground states of the open transverse-field Ising chain, and their compression.
for h in [0.5, 1.0, 2.0] {
    let (state, energy) = IsingChain.groundState(qubits: 2, field: h)
    print(h, state.qubits, abs(energy + (1 + 4 * h * h).squareRoot()) < 1e-12)
}
let states = [0.3, 1.3].map { IsingChain.groundState(qubits: 3, field: $0).state }
var model = QuantumAutoencoder(qubits: 3, latent: 2, reps: 2, seed: 7)
let history = model.train(states: states, steps: 30)
print(history.steps, history.finalFidelity > 0.9)
