// A trap in the cell's callback stops training at that step.
var m = BornMachine(qubits: 2, layers: 1, seed: 1)
let values = [1, 2, 3]
let h = m.train(target: .uniform(qubits: 2), steps: 10) { step, loss in
    print(step)
    print(values[step]) // traps here
}
print(h.steps)
