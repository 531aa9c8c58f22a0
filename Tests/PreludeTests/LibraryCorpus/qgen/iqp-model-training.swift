// An IQP model trained classically through Z expectations on bars and stripes.
let n = 4
let target = Datasets.barsAndStripes(rows: 2, cols: 2)
let shots = target.sample(shots: 500, seed: 3)
var data: [[Int]] = []
for x in shots { data.append((0..<n).map { (x >> (n - 1 - $0)) & 1 }) }
var model = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 2), bandwidth: 1.0, seed: 4)
print(model.qubits, model.bandwidth, model.operatorDensity, model.circuit.gates.count)
print(IQPModel.chainGates(qubits: 5), IQPModel.chainGates(qubits: 4, range: 1))
let empirical = Distribution(samples: shots, qubits: n)
let before = model.exactMMD(data: empirical)
let (loss, gradient) = model.lossGradient(data: data, operators: 50, samples: 50, seed: 1)
print(loss, gradient.count)
let losses = model.train(data: data, optimizer: Adam(learningRate: 0.05), steps: 20, operators: 100, samples: 100, seed: 1)
print(losses.count, model.exactMMD(data: empirical) < before)
let quick = model.train(data: data, steps: 2, operators: 20, samples: 20)
print(quick.count)
