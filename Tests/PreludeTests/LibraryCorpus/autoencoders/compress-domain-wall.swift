// A quantum autoencoder compresses the domain-wall state |00111> onto 3 of 5 qubits.
var model = QuantumAutoencoder(qubits: 5, latent: 3, reps: 2, seed: 42)
print(model)
print(model.qubits, model.latent, model.trash, model.reps, model.parameterCount)
print(model.circuit.gateCount)
let wall = QuantumAutoencoder.domainWall(qubits: 5)
print(wall.probabilities()[7])
let start = model.parameters
print(start.count, start.allSatisfy { $0 >= 0 && $0 < 1 })
let before = model.reconstructionFidelity(wall)
let history = model.train(states: [wall], optimizer: Adam(learningRate: 0.1), steps: 40)
print(history.steps, history.costs.count, history.finalCost < history.costs[0])
print(history.finalFidelity > before, model.reconstructionFidelity(wall) == history.finalFidelity)
print(abs(model.trashFidelity(wall) - (1 - history.finalCost)) < 1e-12)
model.parameters = start
print(model.reconstructionFidelity(wall) == before)
let figure = plot(history, title: "Compressing a domain wall")
print(figure.title)
