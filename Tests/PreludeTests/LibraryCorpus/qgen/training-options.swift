// Defaults, early stopping and a callback from the cell.
let target = Datasets.barsAndStripes(rows: 2, cols: 2)
var model = BornMachine(qubits: 4, ansatz: .liuWang(depth: 2, entangler: .chowLiu(target)), seed: 2)
var seen: [Int] = []
let h = model.train(target: target, optimizer: LBFGS(), steps: 200, stopBelow: 0.01) { step, loss in
    if step % 5 == 0 { seen.append(step) }
}
print(h.stopReason, h.steps, seen)
let quick = model.train(target: target)
print(quick.steps)
