import QSim

/// Independent references for the tests: dense matrices built only from Kronecker products of
/// 2×2 factors, and matrix–vector products. Nothing here calls a QSim kernel.
enum Reference {
    typealias Matrix = [[Complex]]

    static func identity(_ d: Int) -> Matrix {
        (0..<d).map { r in (0..<d).map { c in r == c ? Complex.one : .zero } }
    }

    static func kron(_ a: Matrix, _ b: Matrix) -> Matrix {
        let n = a.count, m = b.count
        var out = Matrix(repeating: [Complex](repeating: .zero, count: n * m), count: n * m)
        for i in 0..<n { for j in 0..<n where a[i][j] != .zero {
            for k in 0..<m { for l in 0..<m { out[i * m + k][j * m + l] = a[i][j] * b[k][l] } }
        } }
        return out
    }

    static func add(_ a: Matrix, _ b: Matrix) -> Matrix {
        zip(a, b).map { zip($0, $1).map { $0 + $1 } }
    }

    static func scale(_ k: Complex, _ a: Matrix) -> Matrix { a.map { $0.map { k * $0 } } }

    static func multiply(_ a: Matrix, _ b: Matrix) -> Matrix {
        let n = a.count
        var out = Matrix(repeating: [Complex](repeating: .zero, count: n), count: n)
        for i in 0..<n { for k in 0..<n where a[i][k] != .zero { for j in 0..<n { out[i][j] += a[i][k] * b[k][j] } } }
        return out
    }

    static func apply(_ m: Matrix, _ v: [Complex]) -> [Complex] {
        m.map { row in zip(row, v).reduce(Complex.zero) { $0 + $1.0 * $1.1 } }
    }

    static func dagger(_ m: Matrix) -> Matrix {
        (0..<m.count).map { r in (0..<m.count).map { c in m[c][r].conjugate } }
    }

    /// The full 2ⁿ×2ⁿ matrix of `gate` (k×k matrix `u`, first target most significant) on
    /// `targets` with `controls`: Σ_ab u_ab ⊗(|a_j⟩⟨b_j| on targets, |1⟩⟨1| on controls, I)
    /// + (I − ⊗(|1⟩⟨1| on controls)), each term a Kronecker product over all qubits.
    static func fullMatrix(_ u: [Complex], targets: [Int], controls: [Int], qubits n: Int) -> Matrix {
        let k = targets.count, d = 1 << k
        let one: Matrix = [[.zero, .zero], [.zero, .one]]
        func unit(_ a: Int, _ b: Int) -> Matrix {
            var m: Matrix = [[.zero, .zero], [.zero, .zero]]
            m[a][b] = .one
            return m
        }
        var total = Matrix(repeating: [Complex](repeating: .zero, count: 1 << n), count: 1 << n)
        for a in 0..<d { for b in 0..<d where u[a * d + b] != .zero {
            var term: Matrix = [[.one]]
            for q in 0..<n {
                if let j = targets.firstIndex(of: q) {
                    term = kron(term, unit((a >> (k - 1 - j)) & 1, (b >> (k - 1 - j)) & 1))
                } else if controls.contains(q) {
                    term = kron(term, one)
                } else {
                    term = kron(term, identity(2))
                }
            }
            total = add(total, scale(u[a * d + b], term))
        } }
        if !controls.isEmpty {
            var projector: Matrix = [[.one]]
            for q in 0..<n { projector = kron(projector, controls.contains(q) ? one : identity(2)) }
            total = add(total, add(identity(1 << n), scale(-Complex.one, projector)))
        }
        return total
    }

    static func randomState(qubits n: Int, seed: Int) -> [Complex] {
        var rng = SeededGenerator(seed: seed)
        var v = (0..<(1 << n)).map { _ in Complex(rng.nextGaussian(), rng.nextGaussian()) }
        let norm = v.reduce(0) { $0 + $1.magnitudeSquared }.squareRoot()
        v = v.map { $0 / norm }
        return v
    }

    static func maxDistance(_ a: [Complex], _ b: [Complex]) -> Double {
        zip(a, b).map { ($0 - $1).magnitude }.max() ?? 0
    }

    /// max |aᵢⱼ − bᵢⱼ| after removing the global phase that best aligns b with a.
    static func distanceUpToPhase(_ a: Matrix, _ b: Matrix) -> Double {
        var overlap = Complex.zero
        for i in 0..<a.count { for j in 0..<a.count { overlap += b[i][j].conjugate * a[i][j] } }
        let phase = overlap.magnitude > 0 ? overlap / overlap.magnitude : .one
        var worst = 0.0
        for i in 0..<a.count { for j in 0..<a.count { worst = max(worst, (a[i][j] - phase * b[i][j]).magnitude) } }
        return worst
    }

    /// The unitary of a whole circuit, column by column through the simulator itself.
    static func circuitMatrix(_ c: Circuit) -> Matrix {
        let d = 1 << c.qubits
        var cols: [[Complex]] = []
        for j in 0..<d { cols.append(c.run(from: StateVector(basisState: j, qubits: c.qubits)).amplitudes) }
        return (0..<d).map { r in (0..<d).map { cols[$0][r] } }
    }
}

/// A random circuit over all gate kinds, with trainable parameters on the rotations.
func randomCircuit(qubits n: Int, gates: Int, seed: Int, parametrized: Bool = true) -> Circuit {
    var rng = SeededGenerator(seed: seed)
    var c = Circuit(qubits: n)
    func q() -> Int { rng.nextInt(below: n) }
    func two() -> (Int, Int) {
        let a = q()
        var b = q()
        while b == a { b = q() }
        return (a, b)
    }
    func angle() -> Double { rng.nextDouble() * 4 - 2 }
    for _ in 0..<gates {
        var kind = rng.nextInt(below: parametrized ? 16 : 11)
        if n == 1 && [5, 6, 7, 10, 14, 15].contains(kind) { kind = 0 }
        switch kind {
        case 0: c.h(q())
        case 1: c.x(q())
        case 2: c.y(q())
        case 3: c.s(q())
        case 4: c.t(q())
        case 5: let (a, b) = two(); c.cnot(a, b)
        case 6: let (a, b) = two(); c.cz(a, b)
        case 7: let (a, b) = two(); c.swap(a, b)
        case 8: c.sx(q())
        case 9: c.u3(angle(), angle(), angle(), q())
        case 10: let (a, b) = two(); c.zz(angle(), a, b)
        case 11: let p = c.addParameter(value: angle()); c.rx(p, q())
        case 12: let p = c.addParameter(value: angle()); c.ry(p, q())
        case 13: let p = c.addParameter(value: angle()); c.rz(2 * p + 0.1, q())
        case 14: let (a, b) = two(); let p = c.addParameter(value: angle()); c.crx(p, a, b)
        default: let (a, b) = two(); let p = c.addParameter(value: angle()); c.xx(p, a, b)
        }
    }
    return c
}
