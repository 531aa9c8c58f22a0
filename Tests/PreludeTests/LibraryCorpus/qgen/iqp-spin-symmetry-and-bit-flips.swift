// Spin symmetry (the circuit starts from (|0…0⟩ + |1…1⟩)/√2), the classical bit-flip model of
// any gates, gate sets from graphs, and a model's samples.
import Foundation
let sym = IQPCircuit(qubits: 4, gates: [[0], [1, 2], [0, 3], [1, 2, 3]], parameters: [0.3, -0.5, 0.8, 0.2], spinSymmetric: true)
print(sym.spinSymmetric, sym)
let p = sym.probabilities()
print(String(format: "%.12f %.12f", p[1], p[14]), abs(p[1] - p[14]) < 1e-12)
print(String(format: "%.6f", sym.expectationZ([0])), String(format: "%.6f", sym.expectationZ([0, 3])))
print(String(format: "%.4f", sym.expectationZ([0, 3], samples: 4000, seed: 2)))
for a in [[0], [1, 2], [0, 1, 2, 3]] { print(a, String(format: "%.9f", sym.bitFlipExpectationZ(a))) }
let rows = sym.bitFlipSamples(count: 4, seed: 5)
print(rows)
let torus = IQPModel.latticeEdges(rows: 3, cols: 3)
print(torus.count, torus.prefix(4), IQPModel.latticeEdges(rows: 2, cols: 3, periodic: false))
let gates = IQPModel.graphGates(qubits: 9, edges: torus)
print(gates.count, IQPModel.graphGates(qubits: 9, edges: torus, maxWeight: 3).count)
let model = IQPModel(qubits: 9, gates: gates, bandwidths: [0.8, 1.6], spinSymmetric: true, initialScale: 0.3, seed: 2)
print(model.bandwidths, model.bandwidth, model.bitFlip, String(format: "%.6f", IQPModel.operatorDensity(bandwidth: 0.8)))
let drawn = model.sample(count: 3, seed: 1)
print(drawn.count, drawn[0].count)
let flips = IQPModel(qubits: 9, gates: gates, bandwidths: [1.0], bitFlip: true, initialScale: 0.3, seed: 2)
print(flips.bitFlip, flips.sample(count: 2, seed: 3))
var started = IQPModel(qubits: 4, gates: IQPModel.chainGates(qubits: 4), bandwidths: [1.0], seed: 1)
started.initializeParameters(from: [[0, 0, 1, 1], [1, 1, 0, 0], [0, 0, 0, 1], [1, 1, 1, 1]])
print(started.circuit.parameters.map { String(format: "%.6f", $0) })
let stopped = started.train(data: [[0, 0, 1, 1], [1, 1, 0, 0], [0, 0, 0, 1], [1, 1, 1, 1]], steps: 200, operators: 20, samples: 20,
                            seed: 1, convergenceInterval: 5)
print(stopped.count < 200, stopped.count > 10)
