import QSim

/// Which qubit pairs a Born machine's entangling layer joins with CNOTs (control first).
public enum Entangler: Codable, Hashable, Sendable {
    /// CNOT(q, q+1) for q = 0…n−2.
    case ladder
    /// The ladder and CNOT(n−1, 0).
    case ring
    /// Explicit (control, target) pairs, e.g. `[[0, 1], [1, 2]]`.
    case pairs([[Int]])
    /// The Chow–Liu tree of a data distribution: the spanning tree of the bits that maximises the
    /// total mutual information, edges directed away from bit 0 (Liu & Wang 2018).
    case chowLiu(Distribution)
    /// The nearest-neighbour pairs of a periodic rows×cols lattice (down and right neighbours):
    /// Liu & Wang's connectivity for bars and stripes without the data's tree.
    case lattice(rows: Int, cols: Int)

    /// The CNOT pairs for a register of `qubits`.
    public func pairs(qubits n: Int) -> [[Int]] {
        orTrap { try checkedPairs(qubits: n) }
    }

    /// `pairs(qubits:)`, throwing instead of trapping.
    public func checkedPairs(qubits n: Int) throws(QGenError) -> [[Int]] {
        switch self {
        case .ladder:
            return n < 2 ? [] : (0..<(n - 1)).map { [$0, $0 + 1] }
        case .ring:
            if n < 2 { return [] }
            if n == 2 { return [[0, 1]] }
            return (0..<(n - 1)).map { [$0, $0 + 1] } + [[n - 1, 0]]
        case let .pairs(list):
            for p in list {
                try require(p.count == 2, "an entangling pair has two qubits, got \(p)")
                try require(p.allSatisfy { $0 >= 0 && $0 < n }, "pair \(p) is out of range for \(n) qubits (0...\(n - 1))")
                try require(p[0] != p[1], "pair \(p) uses the same qubit twice")
            }
            return list
        case let .chowLiu(data):
            if data.bits != n { throw .sizeMismatch(what: "Chow–Liu tree: bits of the data", expected: n, got: data.bits) }
            return ChowLiuTree.edges(of: data)
        case let .lattice(rows, cols):
            try require(rows >= 1 && cols >= 1 && rows * cols == n, "a \(rows)×\(cols) lattice has \(rows * cols) qubits; the register has \(n)")
            var pairs: [[Int]] = []
            for q in 0..<n {
                let r = q / cols, c = q % cols
                let down = ((r + 1) % rows) * cols + c, right = r * cols + (c + 1) % cols
                if rows > 1 && down != q { pairs.append([q, down]) }
                if cols > 1 && right != q { pairs.append([q, right]) }
            }
            // A 2-long dimension wraps onto the same neighbour: keep each pair once.
            var seen = Set<[Int]>()
            return pairs.filter { seen.insert($0).inserted }
        }
    }
}

/// Chow & Liu (1968): the tree-shaped approximation of a distribution over bits that keeps the
/// most mutual information between neighbouring bits.
public enum ChowLiuTree {
    /// I(Xᵢ; Xⱼ) in nats for every pair of bits (a symmetric matrix, zero diagonal).
    public static func mutualInformation(_ data: Distribution) -> [[Double]] {
        let n = data.bits
        var mi = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let joint = data.marginal(qubits: [i, j]).probabilities   // index a·2 + b
                let pi = [joint[0] + joint[1], joint[2] + joint[3]]
                let pj = [joint[0] + joint[2], joint[1] + joint[3]]
                var s = 0.0
                for a in 0..<2 { for b in 0..<2 {
                    let pab = joint[a * 2 + b]
                    if pab > 0 { s += pab * log(pab / (pi[a] * pj[b])) }
                } }
                mi[i][j] = max(0, s); mi[j][i] = mi[i][j]
            }
        }
        return mi
    }

    /// The maximum-weight spanning tree by Prim's algorithm from bit 0, as (parent, child) pairs
    /// in the order the bits join (ties go to the lowest indices, so the tree is deterministic).
    public static func edges(of data: Distribution) -> [[Int]] {
        let n = data.bits
        if n < 2 { return [] }
        let mi = mutualInformation(data)
        var inTree = [Bool](repeating: false, count: n)
        inTree[0] = true
        var edges: [[Int]] = []
        for _ in 1..<n {
            var best: (Double, Int, Int)?
            for u in 0..<n where inTree[u] {
                for v in 0..<n where !inTree[v] {
                    if best == nil || mi[u][v] > best!.0 + 1e-15 { best = (mi[u][v], u, v) }
                }
            }
            let (_, u, v) = best!
            inTree[v] = true
            edges.append([u, v])
        }
        return edges
    }
}
