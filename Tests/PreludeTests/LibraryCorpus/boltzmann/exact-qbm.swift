// The exact gradient of the likelihood trains the field too.
let data = Datasets.amin(units: 4, modes: 3, seed: 2)
var machine = QuantumBoltzmannMachine(units: 4, transverseField: 1, seed: 3)
let (value, gradient) = machine.exactGradient(data: data)
print(value > 0, gradient.count)
let history = machine.trainExact(data: data, steps: 60)
print(history.steps, history.finalKLDivergence < history.klDivergences[0], machine.transverseField != 1)
