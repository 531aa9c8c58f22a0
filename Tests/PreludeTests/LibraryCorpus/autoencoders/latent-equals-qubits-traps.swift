// An autoencoder needs at least one trash qubit.
print("before")
let model = QuantumAutoencoder(qubits: 3, latent: 3) // traps here
print(model)
