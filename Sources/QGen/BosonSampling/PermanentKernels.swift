import QSim

/// The permanent's inner loops, written by hand (no maintained Swift library computes
/// permanents). Matrices arrive column-major as separate real and imaginary parts; the loops
/// work on raw pointers so the 2ⁿ terms run without bounds checks. See README.md for the maths.
enum PermanentKernels {
    /// Ryser: Perm(A) = (−1)ⁿ Σ_{S ⊆ columns} (−1)^{|S|} Πᵢ Σ_{j∈S} a_ij. In Gray-code order
    /// consecutive subsets differ by one column, so the n row sums change by one addition each.
    static func ryser(_ n: Int, _ re: [Double], _ im: [Double]) throws(QGenError) -> Complex {
        let budget = ExecutionBudget.current
        let timed = budget.deadline != nil
        let a = Columns(re, im)
        defer { a.free() }
        let sr = UnsafeMutablePointer<Double>.allocate(capacity: n), si = UnsafeMutablePointer<Double>.allocate(capacity: n)
        sr.initialize(repeating: 0, count: n)
        si.initialize(repeating: 0, count: n)
        defer { sr.deallocate(); si.deallocate() }
        var totalRe = 0.0, totalIm = 0.0
        var gray = 0
        var oddSubset = false
        for k in 1..<(1 << n) {
            let j = k.trailingZeroBitCount
            gray ^= 1 << j
            let cr = a.re + j * n, ci = a.im + j * n
            if gray & (1 << j) != 0 {
                for i in 0..<n { sr[i] += cr[i]; si[i] += ci[i] }
            } else {
                for i in 0..<n { sr[i] -= cr[i]; si[i] -= ci[i] }
            }
            oddSubset.toggle()
            let (pr, pi) = product(sr, si, n)
            if oddSubset { totalRe -= pr; totalIm -= pi } else { totalRe += pr; totalIm += pi }
            if timed && k & 0xFFFF == 0 { try sim { () throws(QSimError) in try budget.checkTime() } }
        }
        return n % 2 == 0 ? Complex(totalRe, totalIm) : Complex(-totalRe, -totalIm)
    }

    /// Glynn: Perm(A) = 2^{1−n} Σ_{δ ∈ {±1}ⁿ, δ₀ = 1} (Πₖ δₖ) Πᵢ Σⱼ δⱼ a_ij. Gray-code order over
    /// δ₁…δₙ₋₁ flips one sign per term, moving each row sum by twice one entry.
    static func glynn(_ n: Int, _ re: [Double], _ im: [Double]) throws(QGenError) -> Complex {
        let budget = ExecutionBudget.current
        let timed = budget.deadline != nil
        let a = Columns(re.map { 2 * $0 }, im.map { 2 * $0 })
        defer { a.free() }
        let sr = UnsafeMutablePointer<Double>.allocate(capacity: n), si = UnsafeMutablePointer<Double>.allocate(capacity: n)
        defer { sr.deallocate(); si.deallocate() }
        for i in 0..<n {
            var x = 0.0, y = 0.0
            for j in 0..<n { x += re[j * n + i]; y += im[j * n + i] }
            sr[i] = x
            si[i] = y
        }
        var totalRe = 0.0, totalIm = 0.0
        var gray = 0
        var negative = false
        for k in 0..<(1 << (n - 1)) {
            if k > 0 {
                let b = k.trailingZeroBitCount
                gray ^= 1 << b
                let cr = a.re + (b + 1) * n, ci = a.im + (b + 1) * n
                if gray & (1 << b) != 0 {
                    for i in 0..<n { sr[i] -= cr[i]; si[i] -= ci[i] }
                } else {
                    for i in 0..<n { sr[i] += cr[i]; si[i] += ci[i] }
                }
                negative.toggle()
                if timed && k & 0xFFFF == 0 { try sim { () throws(QSimError) in try budget.checkTime() } }
            }
            let (pr, pi) = product(sr, si, n)
            if negative { totalRe -= pr; totalIm -= pi } else { totalRe += pr; totalIm += pi }
        }
        let scale = 1 / Double(1 << (n - 1))
        return Complex(totalRe * scale, totalIm * scale)
    }

    /// Glynn's formula for a real matrix (column-major), as distinguishable particles need.
    static func glynnReal(_ n: Int, _ m: [Double]) throws(QGenError) -> Double {
        if n == 0 { return 1 }
        let budget = ExecutionBudget.current
        let timed = budget.deadline != nil
        var s = [Double](repeating: 0, count: n)
        for i in 0..<n { for j in 0..<n { s[i] += m[j * n + i] } }
        var total = 0.0
        var gray = 0
        var negative = false
        for k in 0..<(1 << (n - 1)) {
            if k > 0 {
                let b = k.trailingZeroBitCount
                gray ^= 1 << b
                let step = gray & (1 << b) != 0 ? -2.0 : 2.0
                let col = (b + 1) * n
                for i in 0..<n { s[i] += step * m[col + i] }
                negative.toggle()
                if timed && k & 0xFFFF == 0 { try sim { () throws(QSimError) in try budget.checkTime() } }
            }
            var p = s[0]
            for i in 1..<n { p *= s[i] }
            total += negative ? -p : p
        }
        return total / Double(1 << (n - 1))
    }

    /// The definition: rows in order, each choosing a column no earlier row took.
    static func naive(_ n: Int, _ matrix: [[Complex]]) throws(QGenError) -> Complex {
        let budget = ExecutionBudget.current
        var leaves = 0
        func expand(_ row: Int, _ used: Int, _ product: Complex) throws(QGenError) -> Complex {
            if row == n {
                leaves += 1
                if leaves & 0xFFFF == 0 { try sim { () throws(QSimError) in try budget.checkTime() } }
                return product
            }
            var sum = Complex.zero
            for j in 0..<n where used & (1 << j) == 0 {
                sum += try expand(row + 1, used | (1 << j), product * matrix[row][j])
            }
            return sum
        }
        return try expand(0, 0, .one)
    }

    /// Πᵢ (sr[i] + i·si[i]) in four interleaved chains: one chain is a string of dependent
    /// multiplications, each waiting for the last; four keep the multiplier busy (about twice
    /// as fast at n = 20–25).
    @inline(__always)
    static func product(_ sr: UnsafeMutablePointer<Double>, _ si: UnsafeMutablePointer<Double>, _ n: Int) -> (Double, Double) {
        var r0 = sr[0], i0 = si[0]
        var r1 = 1.0, i1 = 0.0, r2 = 1.0, i2 = 0.0, r3 = 1.0, i3 = 0.0
        var k = 1
        while k + 2 < n {
            (r1, i1) = (r1 * sr[k] - i1 * si[k], r1 * si[k] + i1 * sr[k])
            (r2, i2) = (r2 * sr[k + 1] - i2 * si[k + 1], r2 * si[k + 1] + i2 * sr[k + 1])
            (r3, i3) = (r3 * sr[k + 2] - i3 * si[k + 2], r3 * si[k + 2] + i3 * sr[k + 2])
            k += 3
        }
        while k < n {
            (r0, i0) = (r0 * sr[k] - i0 * si[k], r0 * si[k] + i0 * sr[k])
            k += 1
        }
        (r0, i0) = (r0 * r1 - i0 * i1, r0 * i1 + i0 * r1)
        (r2, i2) = (r2 * r3 - i2 * i3, r2 * i3 + i2 * r3)
        return (r0 * r2 - i0 * i2, r0 * i2 + i0 * r2)
    }

    /// A matrix's columns in raw memory for the hot loops.
    private struct Columns {
        let re: UnsafeMutablePointer<Double>
        let im: UnsafeMutablePointer<Double>

        init(_ re: [Double], _ im: [Double]) {
            self.re = .allocate(capacity: re.count)
            self.im = .allocate(capacity: im.count)
            self.re.initialize(from: re, count: re.count)
            self.im.initialize(from: im, count: im.count)
        }

        func free() {
            re.deallocate()
            im.deallocate()
        }
    }
}
