// Decoding needs as many latent numbers as the model has.
let model = QVAE(qubits: 4, latent: 3, seed: 1)
print("decoding")
let p = model.decode([0.0, 1.0]) // traps here
print(p)
