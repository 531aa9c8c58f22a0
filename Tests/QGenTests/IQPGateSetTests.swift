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
        // iqpopt's form with a scale: the largest |covariance| gets scale · π; with noise the
        // other gates are normal deviates from the seed, the same for the same seed.
        var scaled = model
        scaled.initializeParameters(from: rows, scale: 0.01, noise: 0.001, seed: 7)
        var largest = 0.0
        for i in 0..<n { for j in 0..<n where i != j { largest = max(largest, abs(cov(i, j))) } }
        var again = model
        again.initializeParameters(from: rows, scale: 0.01, noise: 0.001, seed: 7)
        #expect(scaled.circuit.parameters == again.circuit.parameters)
        let wide = zip(scaled.circuit.gates, scaled.circuit.parameters).filter { $0.0.count > 2 }.map(\.1)
        #expect(wide.allSatisfy { $0 != 0 && abs($0) < 0.006 })
        for (g, theta) in zip(scaled.circuit.gates, scaled.circuit.parameters) where g.count <= 2 {
            let expected = g.count == 1 ? asin(((1 - mean[g[0]]) / 2).squareRoot()) : cov(g[0], g[1]) * 0.01 * Double.pi / largest
            #expect(abs(theta - expected) < 1e-12, "gate \(g)")
        }
        #expect(throws: QGenError.self) { try scaled.checkedInitializeParameters(from: rows, scale: -1) }
        // A one-qubit gate alone at that angle reproduces the bit's frequency: sin²θ = mean of the bit.
        let alone = IQPCircuit(qubits: 1, gates: [[0]], parameters: [model.circuit.parameters[0]])
        #expect(abs(alone.probabilities()[1] - Double(rows.filter { $0[0] == 1 }.count) / m) < 1e-12)
    }
}

@Suite struct IQPBandwidthTests {
    @Test func theMedianHeuristicIsTheMedianPairDistance() {
        var rng = SeededGenerator(seed: 4)
        for (n, m) in [(6, 7), (10, 20), (70, 12)] {
            let rows = (0..<m).map { _ in (0..<n).map { _ in Int(rng.next() & 1) } }
            var distances: [Double] = []
            for a in rows { for b in rows { distances.append(Double(zip(a, b).filter { $0 != $1 }.count).squareRoot()) } }
            distances.sort()
            let k = distances.count
            let median = k % 2 == 1 ? distances[k / 2] : (distances[k / 2 - 1] + distances[k / 2]) / 2
            #expect(abs(IQPModel.medianHeuristic(data: rows) - median) < 1e-12, "n=\(n) m=\(m)")
        }
    }

    @Test func theSmallestBandwidthGivesOperatorsOfWeightTwo() {
        let rows = Datasets.ising4x4Train
        let sigmas = IQPModel.bandwidthHeuristic(data: rows, count: 5)
        #expect(sigmas.count == 5)
        #expect(abs(IQPModel.operatorDensity(bandwidth: sigmas[0]) * 16 - 2) < 1e-12)
        #expect(abs(sigmas[4] - IQPModel.medianHeuristic(data: rows).squareRoot()) < 1e-12)
        #expect(throws: QGenError.self) { _ = try IQPModel.checkedBandwidthHeuristic(data: [[0, 1]], count: 2) }
    }

    /// The second block of the paper's table (σ = 1.31834…1.68179) is this heuristic on the first
    /// 1,000 test rows, rounded to five decimals, as their evaluation script's comment says.
    @Test func theHeuristicGivesThePapersBandwidths() {
        let sigmas = IQPModel.bandwidthHeuristic(data: Array(Datasets.ising4x4Test.prefix(1000)), count: 10)
        let published = Set(Datasets.ising4x4MMDTable.filter { $0.model == "Random" && $0.bandwidth > 1.31 && $0.bandwidth < 1.7 }.map(\.bandwidth))
        #expect(Set(sigmas.map { ($0 * 100_000).rounded() / 100_000 }) == published)
    }
}
