import QSim

/// How `permanent(_:method:)` computes a permanent.
public enum PermanentMethod: String, CaseIterable, Codable, Hashable, Sendable {
    /// Ryser's inclusion–exclusion formula, subsets visited in Gray-code order: 2ⁿ − 1 terms of
    /// n additions and n multiplications each.
    case ryser
    /// Glynn's formula, sign vectors visited in Gray-code order: 2ⁿ⁻¹ terms, half of Ryser's,
    /// and usually the more accurate of the two.
    case glynn
    /// The definition, a sum over all n! permutations (n·n! multiplications); a reference.
    case naive

    /// The largest n the method accepts. Ryser and Glynn stop at 30: about 6·10¹⁰ and 3·10¹⁰
    /// complex operations (Glynn took 35 s there on the benchmark machine, Ryser does twice the
    /// work), and every further row doubles it. The naive sum stops at 10 (10·10! ≈ 3.6·10⁷ products; 12 would take
    /// minutes).
    public var maximumSize: Int {
        switch self {
        case .ryser, .glynn: return 30
        case .naive: return 10
        }
    }
}

/// The permanent of a square complex matrix, Perm(A) = Σ_σ Πᵢ a_{i,σ(i)} over all permutations σ:
/// the determinant without its signs, and #P-hard to compute (Valiant 1979). The 0 × 0 matrix
/// (`[]`) has permanent 1.
public func permanent(_ matrix: [[Complex]], method: PermanentMethod = .ryser) -> Complex {
    orTrap { try checkedPermanent(matrix, method: method) }
}

/// `permanent(_:method:)`, throwing instead of trapping. The work checks QSim's
/// `ExecutionBudget`, so a caller's time limit stops a large permanent.
public func checkedPermanent(_ matrix: [[Complex]], method: PermanentMethod = .ryser) throws(QGenError) -> Complex {
    let n = matrix.count
    try validateSquare(matrix, method: method)
    if n == 0 { return .one }
    var re = [Double](repeating: 0, count: n * n), im = re
    // Column-major, as both Gray-code loops add or subtract one column at a time.
    for i in 0..<n {
        for j in 0..<n {
            re[j * n + i] = matrix[i][j].re
            im[j * n + i] = matrix[i][j].im
        }
    }
    switch method {
    case .ryser: return try PermanentKernels.ryser(n, re, im)
    case .glynn: return try PermanentKernels.glynn(n, re, im)
    case .naive: return try PermanentKernels.naive(n, matrix)
    }
}

func validateSquare(_ matrix: [[Complex]], method: PermanentMethod) throws(QGenError) {
    let n = matrix.count
    for (i, row) in matrix.enumerated() where row.count != n {
        throw .invalidArgument("a permanent needs a square matrix: row \(i) has \(row.count) entries, the matrix \(n) rows")
    }
    try require(n <= method.maximumSize,
                "the \(method.rawValue) permanent is offered up to \(method.maximumSize) × \(method.maximumSize) (its cost doubles with each row), got \(n) × \(n)")
    for row in matrix {
        for z in row { try require(z.re.isFinite && z.im.isFinite, "a permanent needs finite entries, got \(z)") }
    }
}
