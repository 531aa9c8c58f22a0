// Three units have three couplings.
var machine = QuantumBoltzmannMachine(units: 3)
print("setting")
machine.couplings = [1.0, 2.0] // traps here
print(machine)
