import Foundation
import Testing
import QSim
import QGen

@Suite struct IQPGateSetTests {
    @Test func latticeEdges() {
        let torus = IQPModel.latticeEdges(rows: 4, cols: 4)
        #expect(torus.count == 32)
        #expect(torus.contains([0, 1]) && torus.contains([0, 3]) && torus.contains([0, 4]) && torus.contains([0, 12]))
        // Every site has four neighbours on the torus, two to four on the open lattice.
        for q in 0..<16 { #expect(torus.filter { $0.contains(q) }.count == 4) }
        #expect(IQPModel.latticeEdges(rows: 4, cols: 4, periodic: false).count == 24)
        #expect(IQPModel.latticeEdges(rows: 1, cols: 5, periodic: false) == [[0, 1], [1, 2], [2, 3], [3, 4]])
    }

    @Test func graphGates() {
        let torus = IQPModel.latticeEdges(rows: 4, cols: 4)
        #expect(IQPModel.graphGates(qubits: 16, edges: torus) == (0..<16).map { [$0] } + torus)
        // Connected triples on the 4×4 torus (no triangles): a centre and two of its four neighbours.
        let three = IQPModel.graphGates(qubits: 16, edges: torus, maxWeight: 3)
        #expect(three.filter { $0.count == 3 }.count == 16 * 6)
        // A chain's edges to range 2 give chainGates' set.
        let chain = IQPModel.chainGates(qubits: 7, range: 2)
        #expect(Set(IQPModel.graphGates(qubits: 7, edges: chain.filter { $0.count == 2 })) == Set(chain))
        // The complete graph's connected sets are all subsets.
        let complete = (0..<6).flatMap { a in ((a + 1)..<6).map { [a, $0] } }
        #expect(IQPModel.graphGates(qubits: 6, edges: complete, maxWeight: 4) == IQPModel.allGates(qubits: 6, maxWeight: 4))
    }

    @Test func badGateSetsAreErrors() {
        #expect(throws: QGenError.invalidArgument("an edge joins two different qubits of 0...3, got [1, 1]")) {
            _ = try IQPModel.checkedGraphGates(qubits: 4, edges: [[1, 1]])
        }
        #expect(throws: QGenError.self) { _ = try IQPModel.checkedAllGates(qubits: 0, maxWeight: 2) }
        #expect(throws: QGenError.self) { _ = try IQPModel.checkedAllGates(qubits: 1000, maxWeight: 4) }
        #expect(throws: QGenError.self) { _ = try IQPModel.checkedChainGates(qubits: 10, range: 0) }
    }
}

/// The data initialisation against the covariance computed directly.
@Suite struct IQPInitializationTests {
    @Test func anglesFollowTheDataCovariance() {
        var rng = SeededGenerator(seed: 3)
        let n = 5
        let rows = (0..<300).map { _ -> [Int] in
            var b = Int(rng.next() & 1)
            return (0..<n).map { q in if rng.nextDouble() < 0.2 + 0.1 * Double(q) { b ^= 1 }; return b }
        }
        var model = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 3), bandwidths: [1.0], seed: 1)
        model.initializeParameters(from: rows)
        let m = Double(rows.count)
        let spins = rows.map { $0.map { $0 == 1 ? -1.0 : 1.0 } }
        let mean = (0..<n).map { q in spins.reduce(0) { $0 + $1[q] } / m }
        func cov(_ i: Int, _ j: Int) -> Double {
            var total = 0.0
            for x in spins { total += (x[i] - mean[i]) * (x[j] - mean[j]) }
            return total / (m - 1)
        }
        var sumSquares = 0.0
        for i in 0..<n { for j in 0..<n where i != j { sumSquares += cov(i, j) * cov(i, j) } }
        let scale = (2 * Double(n) / sumSquares).squareRoot()
        for (g, theta) in zip(model.circuit.gates, model.circuit.parameters) {
            let expected: Double
            switch g.count {
            case 1: expected = asin(((1 - mean[g[0]]) / 2).squareRoot())
            case 2: expected = cov(g[0], g[1]) * scale
            default: expected = 0
            }
            #expect(abs(theta - expected) < 1e-12, "gate \(g)")
        }
        // A one-qubit gate alone at that angle reproduces the bit's frequency: sin²θ = mean of the bit.
        let alone = IQPCircuit(qubits: 1, gates: [[0]], parameters: [model.circuit.parameters[0]])
        #expect(abs(alone.probabilities()[1] - Double(rows.filter { $0[0] == 1 }.count) / m) < 1e-12)
    }
}
