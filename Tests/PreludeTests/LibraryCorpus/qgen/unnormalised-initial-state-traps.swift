// A prepared state must have norm 1.
print("preparing")
let machine = BornMachine(qubits: 2, ansatz: .ryCZ(reps: 1), initialState: [1, 1, 0, 0]) // traps here
print(machine)
