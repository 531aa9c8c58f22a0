// Exact diagonalisation stops at ten units.
print("building")
let machine = QuantumBoltzmannMachine(units: 12) // traps here
print(machine)
