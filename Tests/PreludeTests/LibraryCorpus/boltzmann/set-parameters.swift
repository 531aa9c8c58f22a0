// Biases, couplings and the field can be set; the field flattens the distribution.
var machine = QuantumBoltzmannMachine(units: 3, seed: 1)
machine.biases = [0.8, -0.4, 0.3]
machine.couplings = [1.0, -0.6, 0.5]
let classical = machine.probabilities()
machine.transverseField = 1.0
let quantum = machine.probabilities()
print(machine.biases, machine.couplings, machine.transverseField)
print(classical.max()! > quantum.max()!)
machine.transverseField = 50
print(machine.probabilities().allSatisfy { abs($0 - 0.125) < 1e-2 })
