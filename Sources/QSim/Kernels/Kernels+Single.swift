extension Kernels {
    /// Dense complex 2×2 matrix `m` (row major: m00 m01 m10 m11) on bit `t`, with controls.
    static func matrix1(_ s: StatePointer, _ t: Int, _ m: [Complex], controls: [Int] = [],
                        _ par: Parallelism) {
        if t < 2 && controls.isEmpty && s.count >= 8 { return matrix1LowBit(s, t, m, par) }
        let half = 1 << t
        let runs = IndexRuns(count: s.count, targets: [t], controls: controls)
        let (ar, ai, br, bi) = (m[0].re, m[0].im, m[1].re, m[1].im)
        let (cr, ci, dr, di) = (m[2].re, m[2].im, m[3].re, m[3].im)
        let re = s.re, im = s.im, len = runs.runLength
        runs.forEach(par) { base in
            var j = base
            let end = base + len
            if len >= 4 {
                let (var_, vai, vbr, vbi) = (V4(repeating: ar), V4(repeating: ai), V4(repeating: br), V4(repeating: bi))
                let (vcr, vci, vdr, vdi) = (V4(repeating: cr), V4(repeating: ci), V4(repeating: dr), V4(repeating: di))
                while j < end {
                    let xr = re.load4(j), xi = im.load4(j), yr = re.load4(j + half), yi = im.load4(j + half)
                    re.store4(j, var_ * xr - vai * xi + vbr * yr - vbi * yi)
                    im.store4(j, var_ * xi + vai * xr + vbr * yi + vbi * yr)
                    re.store4(j + half, vcr * xr - vci * xi + vdr * yr - vdi * yi)
                    im.store4(j + half, vcr * xi + vci * xr + vdr * yi + vdi * yr)
                    j += 4
                }
            } else {
                while j < end {
                    let xr = re[j], xi = im[j], yr = re[j + half], yi = im[j + half]
                    re[j] = ar * xr - ai * xi + br * yr - bi * yi
                    im[j] = ar * xi + ai * xr + br * yi + bi * yr
                    re[j + half] = cr * xr - ci * xi + dr * yr - di * yi
                    im[j + half] = cr * xi + ci * xr + dr * yi + di * yr
                    j += 1
                }
            }
        }
    }

    /// Real 2×2 matrix (H, RY) on bit `t`: half the arithmetic of `matrix1`.
    static func realMatrix1(_ s: StatePointer, _ t: Int, _ a: Double, _ b: Double, _ c: Double, _ d: Double,
                            controls: [Int] = [], _ par: Parallelism) {
        if t < 2 && controls.isEmpty && s.count >= 8 { return realMatrix1LowBit(s, t, a, b, c, d, par) }
        let half = 1 << t
        let runs = IndexRuns(count: s.count, targets: [t], controls: controls)
        let re = s.re, im = s.im, len = runs.runLength
        runs.forEach(par) { base in
            var j = base
            let end = base + len
            if len >= 4 {
                let va = V4(repeating: a), vb = V4(repeating: b), vc = V4(repeating: c), vd = V4(repeating: d)
                while j < end {
                    let xr = re.load4(j), xi = im.load4(j), yr = re.load4(j + half), yi = im.load4(j + half)
                    re.store4(j, va * xr + vb * yr)
                    im.store4(j, va * xi + vb * yi)
                    re.store4(j + half, vc * xr + vd * yr)
                    im.store4(j + half, vc * xi + vd * yi)
                    j += 4
                }
            } else {
                while j < end {
                    let xr = re[j], xi = im[j], yr = re[j + half], yi = im[j + half]
                    re[j] = a * xr + b * yr
                    im[j] = a * xi + b * yi
                    re[j + half] = c * xr + d * yr
                    im[j + half] = c * xi + d * yi
                    j += 1
                }
            }
        }
    }

    /// Diagonal diag(d0, d1) on bit `t` (Z, S, T, RZ, phase); skips the |0⟩ half when d0 = 1.
    static func diagonal1(_ s: StatePointer, _ t: Int, _ d0: Complex, _ d1: Complex,
                          controls: [Int] = [], _ par: Parallelism) {
        let half = 1 << t
        let runs = IndexRuns(count: s.count, targets: [t], controls: controls)
        let re = s.re, im = s.im, len = runs.runLength
        let skip0 = d0 == .one
        runs.forEach(par) { base in
            if !skip0 { scale(re, im, base, len, d0) }
            scale(re, im, base + half, len, d1)
        }
    }

    /// Multiplies `len` amplitudes from `start` by `z`.
    @inline(__always)
    static func scale(_ re: UnsafeMutablePointer<Double>, _ im: UnsafeMutablePointer<Double>,
                      _ start: Int, _ len: Int, _ z: Complex) {
        var j = start
        let end = start + len
        if len >= 4 {
            let zr = V4(repeating: z.re), zi = V4(repeating: z.im)
            while j < end {
                let xr = re.load4(j), xi = im.load4(j)
                re.store4(j, zr * xr - zi * xi)
                im.store4(j, zr * xi + zi * xr)
                j += 4
            }
        } else {
            while j < end {
                let xr = re[j], xi = im[j]
                re[j] = z.re * xr - z.im * xi
                im[j] = z.re * xi + z.im * xr
                j += 1
            }
        }
    }

    /// Anti-diagonal [[0, a], [b, 0]] on bit `t` (X when a = b = 1, Y): a permutation with phases.
    static func antiDiagonal1(_ s: StatePointer, _ t: Int, _ a: Complex, _ b: Complex,
                              controls: [Int] = [], _ par: Parallelism) {
        let half = 1 << t
        let runs = IndexRuns(count: s.count, targets: [t], controls: controls)
        let re = s.re, im = s.im, len = runs.runLength
        let plain = a == .one && b == .one
        runs.forEach(par) { base in
            swapRanges(re, im, base, base + half, len)
            if !plain {
                scale(re, im, base, len, a)
                scale(re, im, base + half, len, b)
            }
        }
    }

    /// Exchanges `len` amplitudes at `i` with those at `j`.
    @inline(__always)
    static func swapRanges(_ re: UnsafeMutablePointer<Double>, _ im: UnsafeMutablePointer<Double>,
                           _ i: Int, _ j: Int, _ len: Int) {
        var k = 0
        if len >= 4 {
            while k < len {
                let xr = re.load4(i + k), xi = im.load4(i + k)
                re.store4(i + k, re.load4(j + k)); im.store4(i + k, im.load4(j + k))
                re.store4(j + k, xr); im.store4(j + k, xi)
                k += 4
            }
        } else {
            while k < len {
                let xr = re[i + k], xi = im[i + k]
                re[i + k] = re[j + k]; im[i + k] = im[j + k]
                re[j + k] = xr; im[j + k] = xi
                k += 1
            }
        }
    }
}
