/// The fast transforms behind the kernels' matrix–vector products.
enum Transforms {
    /// The unnormalised Walsh–Hadamard transform in place: v̂ₛ = Σₓ (−1)^{s·x} vₓ (applying it
    /// twice multiplies by the length). Length a power of two.
    static func walshHadamard(_ v: inout [Double]) {
        let n = v.count
        var h = 1
        v.withUnsafeMutableBufferPointer { a in
            while h < n {
                var i = 0
                while i < n {
                    for j in i..<(i + h) {
                        let x = a[j], y = a[j + h]
                        a[j] = x + y
                        a[j + h] = x - y
                    }
                    i += 2 * h
                }
                h *= 2
            }
        }
    }

    /// An iterative radix-2 FFT in place on separate real and imaginary parts (length a power of
    /// two); `inverse` uses e^{+2πi/N} and divides by N.
    static func fft(_ re: inout [Double], _ im: inout [Double], inverse: Bool = false) {
        let n = re.count
        if n <= 1 { return }
        // Bit-reversal permutation.
        var j = 0
        for i in 1..<n {
            var bit = n >> 1
            while j & bit != 0 { j ^= bit; bit >>= 1 }
            j |= bit
            if i < j { re.swapAt(i, j); im.swapAt(i, j) }
        }
        let sign: Double = inverse ? 1 : -1
        var len = 2
        while len <= n {
            let angle = sign * 2 * Double.pi / Double(len)
            let half = len / 2
            // Twiddles computed directly (not by repeated multiplication) to keep errors at ~1 ulp.
            var wr = [Double](repeating: 0, count: half), wi = wr
            for k in 0..<half { wr[k] = cos(angle * Double(k)); wi[k] = sin(angle * Double(k)) }
            var start = 0
            while start < n {
                for k in 0..<half {
                    let a = start + k, b = a + half
                    let tr = re[b] * wr[k] - im[b] * wi[k]
                    let ti = re[b] * wi[k] + im[b] * wr[k]
                    re[b] = re[a] - tr; im[b] = im[a] - ti
                    re[a] += tr; im[a] += ti
                }
                start += len
            }
            len <<= 1
        }
        if inverse {
            let s = 1 / Double(n)
            for i in 0..<n { re[i] *= s; im[i] *= s }
        }
    }

    /// y = T·v for the symmetric Toeplitz matrix Tₓᵧ = g[|x−y|] (g has v.count entries), without
    /// forming T: directly over the band where g is non-zero, or by FFT on the circulant
    /// embedding of twice the size when the band is wide.
    static func symmetricToeplitz(_ g: [Double], _ v: [Double]) -> [Double] {
        let n = v.count
        var band = n - 1
        while band > 0 && g[band] == 0 { band -= 1 }
        var y = [Double](repeating: 0, count: n)
        let m = 2 * n
        let fftCost = 3 * m * max(1, m.trailingZeroBitCount) * 4
        if n * (2 * band + 1) <= fftCost {
            for x in 0..<n {
                let lo = max(0, x - band), hi = min(n - 1, x + band)
                var s = 0.0
                for z in lo...hi { s += g[abs(x - z)] * v[z] }
                y[x] = s
            }
            return y
        }
        var cr = [Double](repeating: 0, count: m), ci = cr
        for d in 0..<n { cr[d] = g[d] }
        for d in 1..<n { cr[m - d] = g[d] }
        var vr = [Double](repeating: 0, count: m), vi = vr
        for i in 0..<n { vr[i] = v[i] }
        fft(&cr, &ci)
        fft(&vr, &vi)
        for i in 0..<m {
            let r = cr[i] * vr[i] - ci[i] * vi[i]
            let im = cr[i] * vi[i] + ci[i] * vr[i]
            vr[i] = r; vi[i] = im
        }
        fft(&vr, &vi, inverse: true)
        for i in 0..<n { y[i] = vr[i] }
        return y
    }
}
