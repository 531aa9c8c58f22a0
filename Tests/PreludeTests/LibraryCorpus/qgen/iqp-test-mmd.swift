// The paper's 16-spin Ising data and table, the test MMD² estimated their way, and exact samples
// of a classical Ising chain.
import Foundation
let train = Datasets.ising4x4Train, test = Datasets.ising4x4Test
print(train.count, test.count, train[0])
let table = Datasets.ising4x4MMDTable
let row = table[0]
print(table.count, row.model, row.bandwidth, row.value, row.standardError)
let model = IQPModel(qubits: 16, gates: IQPModel.allGates(qubits: 16, maxWeight: 2), bandwidths: [1.0], spinSymmetric: true,
                     initialScale: 0.05, seed: 1)
let estimate = model.testMMD(data: Array(test.prefix(400)), bandwidth: 1.0, operators: 200, samples: 200, repeats: 4, seed: 2)
print(estimate.bandwidth, estimate.estimates.count, String(format: "%.6f %.6f", estimate.mean, estimate.standardError))
let uniform = IQPModel.uniformTestMMD(data: Array(test.prefix(400)), bandwidth: 1.0, operators: 200, repeats: 4)
print(String(format: "%.6f", uniform.mean))
let data = IQPModel.sampleTestMMD(samples: Array(train.prefix(400)), data: Array(test.prefix(400)), bandwidth: 1.0, operators: 200, repeats: 4, seed: 1)
print(String(format: "%.6f", data.mean), data.mean < uniform.mean)
let chain = IsingChain.thermalSamples(spins: 12, temperature: 1.5, count: 3, seed: 4)
print(chain)
let ring = IsingChain.thermalSamples(spins: 6, coupling: -1, temperature: 2, periodic: true, count: 2, seed: 1)
print(ring)
print(String(format: "%.9f %.9f", IsingChain.correlation(distance: 2, spins: 12, temperature: 1.5),
             IsingChain.correlation(distance: 2, spins: 6, coupling: -1, temperature: 2, periodic: true)))
print(String(format: "%.9f", IQPModel.medianHeuristic(data: Array(train.prefix(300)))))
print(IQPModel.bandwidthHeuristic(data: Array(train.prefix(300)), count: 3).map { String(format: "%.9f", $0) })
print(IQPModel.bandwidthHeuristic(data: Array(train.prefix(300))).count)
