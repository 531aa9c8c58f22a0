extension Kernels {
    /// Dense complex 4×4 matrix on bits (`a`, `b`); matrix index = 2·bit(a) + bit(b).
    static func matrix2(_ s: StatePointer, _ a: Int, _ b: Int, _ m: [Complex], controls: [Int] = [],
                        _ par: Parallelism) {
        let runs = IndexRuns(count: s.count, targets: [a, b], controls: controls)
        let offsets = Self.offsets(of: [a, b])
        let mr = m.map(\.re), mi = m.map(\.im)
        let re = s.re, im = s.im, len = runs.runLength
        runs.forEach(par) { base in
            let o0 = base, o1 = base + offsets[1], o2 = base + offsets[2], o3 = base + offsets[3]
            var j = 0
            if len >= 4 {
                while j < len {
                    let xr = (re.load4(o0 + j), re.load4(o1 + j), re.load4(o2 + j), re.load4(o3 + j))
                    let xi = (im.load4(o0 + j), im.load4(o1 + j), im.load4(o2 + j), im.load4(o3 + j))
                    for row in 0..<4 {
                        var r = V4(repeating: 0), i = V4(repeating: 0)
                        let k = row * 4
                        r += mr[k] * xr.0 - mi[k] * xi.0; i += mr[k] * xi.0 + mi[k] * xr.0
                        r += mr[k + 1] * xr.1 - mi[k + 1] * xi.1; i += mr[k + 1] * xi.1 + mi[k + 1] * xr.1
                        r += mr[k + 2] * xr.2 - mi[k + 2] * xi.2; i += mr[k + 2] * xi.2 + mi[k + 2] * xr.2
                        r += mr[k + 3] * xr.3 - mi[k + 3] * xi.3; i += mr[k + 3] * xi.3 + mi[k + 3] * xr.3
                        let o = base + offsets[row] + j
                        re.store4(o, r); im.store4(o, i)
                    }
                    j += 4
                }
            } else {
                while j < len {
                    let xr = (re[o0 + j], re[o1 + j], re[o2 + j], re[o3 + j])
                    let xi = (im[o0 + j], im[o1 + j], im[o2 + j], im[o3 + j])
                    for row in 0..<4 {
                        // Same association as the SIMD path, so both give identical bits.
                        var r = 0.0, i = 0.0
                        let k = row * 4
                        r += mr[k] * xr.0 - mi[k] * xi.0; i += mr[k] * xi.0 + mi[k] * xr.0
                        r += mr[k + 1] * xr.1 - mi[k + 1] * xi.1; i += mr[k + 1] * xi.1 + mi[k + 1] * xr.1
                        r += mr[k + 2] * xr.2 - mi[k + 2] * xi.2; i += mr[k + 2] * xi.2 + mi[k + 2] * xr.2
                        r += mr[k + 3] * xr.3 - mi[k + 3] * xi.3; i += mr[k + 3] * xi.3 + mi[k + 3] * xr.3
                        let o = base + offsets[row] + j
                        re[o] = r; im[o] = i
                    }
                    j += 1
                }
            }
        }
    }

    /// Exchanges |…1…0…⟩ and |…0…1…⟩ on bits `a`, `b` (SWAP), with controls: a pure permutation.
    static func swap2(_ s: StatePointer, _ a: Int, _ b: Int, controls: [Int] = [], _ par: Parallelism) {
        let runs = IndexRuns(count: s.count, targets: [a, b], controls: controls)
        let re = s.re, im = s.im, len = runs.runLength
        runs.forEach(par) { base in
            swapRanges(re, im, base + (1 << a), base + (1 << b), len)
        }
    }

    /// The index offset of each row of a matrix on `bits`, the first bit most significant in
    /// the row number (row 0b10 on [a, b] is offset 1 << a).
    static func offsets(of bits: [Int]) -> [Int] {
        let k = bits.count
        return (0..<(1 << k)).map { row in
            (0..<k).reduce(0) { acc, j in (row >> (k - 1 - j)) & 1 == 1 ? acc | (1 << bits[j]) : acc }
        }
    }

    /// Diagonal matrix `d` (2^k entries) on `bits` (first bit most significant in d's index).
    static func diagonal(_ s: StatePointer, _ bits: [Int], _ d: [Complex], controls: [Int] = [],
                         _ par: Parallelism) {
        let runs = IndexRuns(count: s.count, targets: bits, controls: controls)
        let k = bits.count
        let offsets = Self.offsets(of: bits)
        let active = (0..<(1 << k)).filter { d[$0] != .one }
        let re = s.re, im = s.im, len = runs.runLength
        runs.forEach(par) { base in
            for m in active { scale(re, im, base + offsets[m], len, d[m]) }
        }
    }

    /// Dense 2^k×2^k matrix on `bits` (first bit most significant in the matrix index).
    static func matrixK(_ s: StatePointer, _ bits: [Int], _ m: [Complex], controls: [Int] = [],
                        _ par: Parallelism) {
        let k = bits.count
        let dim = 1 << k
        let runs = IndexRuns(count: s.count, targets: bits, controls: controls)
        let offsets = Self.offsets(of: bits)
        let re = s.re, im = s.im, len = runs.runLength
        par.forEachChunk(count: runs.runCount, weight: len << runs.fixedCount) { range in
            var xr = [Double](repeating: 0, count: dim), xi = xr
            for run in range {
                let base = runs.base(run)
                for j in 0..<len {
                    for r in 0..<dim { xr[r] = re[base + offsets[r] + j]; xi[r] = im[base + offsets[r] + j] }
                    for r in 0..<dim {
                        var ar = 0.0, ai = 0.0
                        for c in 0..<dim {
                            let e = m[r * dim + c]
                            ar += e.re * xr[c] - e.im * xi[c]
                            ai += e.re * xi[c] + e.im * xr[c]
                        }
                        re[base + offsets[r] + j] = ar
                        im[base + offsets[r] + j] = ai
                    }
                }
            }
        }
    }

    /// Sets to zero every amplitude whose `controls` bits are not all 1 (used by derivatives of
    /// controlled gates, which vanish on the control-off subspace).
    static func zeroUnlessControlled(_ s: StatePointer, controls: [Int]) {
        let mask = controls.reduce(0) { $0 | (1 << $1) }
        for i in 0..<s.count where i & mask != mask {
            s.re[i] = 0
            s.im[i] = 0
        }
    }
}
