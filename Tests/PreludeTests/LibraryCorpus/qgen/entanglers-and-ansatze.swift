// Entangler pairs and the circuits of each ansatz.
let data = Datasets.barsAndStripes(rows: 2, cols: 2)
let entanglers: [Entangler] = [.ladder, .ring, .pairs([[0, 2], [1, 3]]), .chowLiu(data), .lattice(rows: 2, cols: 2)]
for e in entanglers { print(e.pairs(qubits: 4)) }
let ansatze: [Ansatz] = [.layered(layers: 2), .liuWang(depth: 2, entangler: .ring), .stronglyEntangling(layers: 1)]
for a in ansatze {
    let c = a.circuit(qubits: 4)
    print(c.parameterCount, c.gateCount, c.depth)
}
