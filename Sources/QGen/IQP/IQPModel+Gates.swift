/// Gate sets for IQP models: every subset up to a weight, a chain's near neighbours, and a
/// graph's connected subsets (for a lattice, `latticeEdges`). Each gate is a sorted qubit list;
/// sets are ordered by weight, then lexicographically.
extension IQPModel {
    /// Every gate on at most `maxWeight` qubits (all subsets): Σ_{w≤k} C(n, w) of them.
    public static func allGates(qubits n: Int, maxWeight k: Int) -> [[Int]] {
        orTrap { try checkedAllGates(qubits: n, maxWeight: k) }
    }

    public static func checkedAllGates(qubits n: Int, maxWeight k: Int) throws(QGenError) -> [[Int]] {
        try require(n >= 1 && n <= 100_000, "an IQP circuit has 1...100000 qubits, got \(n)")
        try require(k >= 1, "the maximum weight must be at least 1, got \(k)")
        var count = 0.0, binomial = 1.0
        for w in 1...min(k, n) {
            binomial = binomial * Double(n - w + 1) / Double(w)
            count += binomial
        }
        try require(count <= 2_000_000, "that is \(Int(count)) gates; at most 2000000 are offered")
        var result: [[Int]] = []
        func extend(_ prefix: [Int], from start: Int) {
            if !prefix.isEmpty { result.append(prefix) }
            if prefix.count == k { return }
            for q in start..<n { extend(prefix + [q], from: q + 1) }
        }
        extend([], from: 0)
        return ordered(result)
    }

    /// One- and two-qubit gates on neighbours up to `range` apart on an open chain: the
    /// 1,000-qubit model's gate set (range 2: nearest and next-nearest neighbours).
    public static func chainGates(qubits n: Int, range: Int = 2) -> [[Int]] {
        orTrap { try checkedChainGates(qubits: n, range: range) }
    }

    public static func checkedChainGates(qubits n: Int, range: Int = 2) throws(QGenError) -> [[Int]] {
        try require(n >= 1 && n <= 100_000, "an IQP circuit has 1...100000 qubits, got \(n)")
        try require(range >= 1, "the range must be at least 1, got \(range)")
        return (0..<n).map { [$0] } + (1...range).flatMap { d in (0..<max(0, n - d)).map { [$0, $0 + d] } }
    }

    /// Gates from a graph: one on every qubit, one on every edge, and with `maxWeight` k > 2 every
    /// connected set of 3…k qubits (a gate per connected subgraph's vertex set).
    public static func graphGates(qubits n: Int, edges: [[Int]], maxWeight k: Int = 2) -> [[Int]] {
        orTrap { try checkedGraphGates(qubits: n, edges: edges, maxWeight: k) }
    }

    public static func checkedGraphGates(qubits n: Int, edges: [[Int]], maxWeight k: Int = 2) throws(QGenError) -> [[Int]] {
        try require(n >= 1 && n <= 100_000, "an IQP circuit has 1...100000 qubits, got \(n)")
        try require(k >= 1 && k <= 8, "the maximum weight must be in 1...8, got \(k)")
        var neighbours = [Set<Int>](repeating: [], count: n)
        for e in edges {
            try require(e.count == 2 && e[0] != e[1] && e.allSatisfy { $0 >= 0 && $0 < n },
                        "an edge joins two different qubits of 0...\(n - 1), got \(e)")
            neighbours[e[0]].insert(e[1])
            neighbours[e[1]].insert(e[0])
        }
        var layer: Set<[Int]> = Set((0..<n).map { [$0] })
        var all = Array(layer)
        // Grow each connected set by one neighbour at a time; a set reached two ways is kept once.
        for _ in 1..<k {
            var next: Set<[Int]> = []
            for s in layer {
                let members = Set(s)
                for q in s { for r in neighbours[q] where !members.contains(r) { next.insert((s + [r]).sorted()) } }
            }
            try require(all.count + next.count <= 2_000_000, "more than 2000000 gates; lower the maximum weight")
            all += next
            layer = next
        }
        return ordered(all)
    }

    /// The edges of a rows × cols square lattice, qubit r·cols + c at row r, column c; periodic
    /// (a torus, as the paper's 4×4 Ising data) or open. Each edge once, the smaller qubit first.
    public static func latticeEdges(rows: Int, cols: Int, periodic: Bool = true) -> [[Int]] {
        orTrap { try checkedLatticeEdges(rows: rows, cols: cols, periodic: periodic) }
    }

    public static func checkedLatticeEdges(rows: Int, cols: Int, periodic: Bool = true) throws(QGenError) -> [[Int]] {
        try require(rows >= 1 && cols >= 1 && rows * cols <= 100_000, "a lattice of 1...100000 sites, got \(rows) × \(cols)")
        var edges: Set<[Int]> = []
        for r in 0..<rows {
            for c in 0..<cols {
                let q = r * cols + c
                for (r2, c2) in [(r, c + 1), (r + 1, c)] {
                    if !periodic && (r2 >= rows || c2 >= cols) { continue }
                    let other = (r2 % rows) * cols + c2 % cols
                    if other != q { edges.insert([min(q, other), max(q, other)]) }
                }
            }
        }
        return ordered(Array(edges))
    }

    static func ordered(_ gates: [[Int]]) -> [[Int]] {
        gates.sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
    }
}
