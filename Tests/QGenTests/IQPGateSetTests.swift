import Testing
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
