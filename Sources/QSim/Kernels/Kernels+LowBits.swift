/// One-qubit gates on the two lowest bits, where a pair's amplitudes are 1 or 2 apart: the
/// general kernels would run scalar code there; these split vectors into their even/odd (bit 0)
/// or low/high (bit 1) halves. Same arithmetic in the same order, so the same bits.
extension Kernels {
    /// y = m·x for the pair (a, b): the four products of a complex 2×2 matrix on split vectors.
    @inline(__always)
    static func rotate<V: SIMD>(_ ar: V, _ ai: V, _ br: V, _ bi: V, _ m: (Double, Double, Double, Double, Double, Double, Double, Double))
        -> (V, V, V, V) where V.Scalar == Double {
        let (a0, a1, b0, b1, c0, c1, d0, d1) = m
        return (a0 * ar - a1 * ai + b0 * br - b1 * bi, a0 * ai + a1 * ar + b0 * bi + b1 * br,
                c0 * ar - c1 * ai + d0 * br - d1 * bi, c0 * ai + c1 * ar + d0 * bi + d1 * br)
    }

    /// Complex 2×2 matrix on bit 0 or 1 with no controls (state of at least 8 amplitudes).
    static func matrix1LowBit(_ s: StatePointer, _ t: Int, _ m: [Complex], _ par: Parallelism) {
        let k = (m[0].re, m[0].im, m[1].re, m[1].im, m[2].re, m[2].im, m[3].re, m[3].im)
        let re = s.re, im = s.im
        par.forEachChunk(count: s.count / 8, weight: 8) { range in
            for g in range {
                let j = g * 8
                if t == 0 {
                    let xr = re.load8(j), xi = im.load8(j)
                    let (pr, pi, qr, qi) = rotate(xr.evenHalf, xi.evenHalf, xr.oddHalf, xi.oddHalf, k)
                    var yr = V8(), yi = V8()
                    yr.evenHalf = pr; yr.oddHalf = qr; yi.evenHalf = pi; yi.oddHalf = qi
                    re.store8(j, yr); im.store8(j, yi)
                } else {
                    for h in stride(from: j, to: j + 8, by: 4) {
                        let xr = re.load4(h), xi = im.load4(h)
                        let (pr, pi, qr, qi) = rotate(xr.lowHalf, xi.lowHalf, xr.highHalf, xi.highHalf, k)
                        re.store4(h, V4(lowHalf: pr, highHalf: qr)); im.store4(h, V4(lowHalf: pi, highHalf: qi))
                    }
                }
            }
        }
    }

    /// Real 2×2 matrix on bit 0 or 1 with no controls (state of at least 8 amplitudes).
    static func realMatrix1LowBit(_ s: StatePointer, _ t: Int, _ a: Double, _ b: Double, _ c: Double, _ d: Double,
                                  _ par: Parallelism) {
        let re = s.re, im = s.im
        @inline(__always) func pairs(_ p: UnsafeMutablePointer<Double>, _ j: Int) {
            if t == 0 {
                let x = p.load8(j)
                let (u, v) = (x.evenHalf, x.oddHalf)
                var y = V8()
                y.evenHalf = a * u + b * v
                y.oddHalf = c * u + d * v
                p.store8(j, y)
            } else {
                for h in stride(from: j, to: j + 8, by: 4) {
                    let x = p.load4(h)
                    let (u, v) = (x.lowHalf, x.highHalf)
                    p.store4(h, V4(lowHalf: a * u + b * v, highHalf: c * u + d * v))
                }
            }
        }
        par.forEachChunk(count: s.count / 8, weight: 8) { range in
            for g in range {
                pairs(re, g * 8)
                pairs(im, g * 8)
            }
        }
    }
}
