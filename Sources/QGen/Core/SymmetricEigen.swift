import CLapacke

/// Eigenvalues and eigenvectors of a real symmetric matrix, by LAPACK's divide-and-conquer
/// `dsyevd` (OpenBLAS when installed). The only file of QGen that talks to LAPACK and BLAS.
enum SymmetricEigen {
    /// Eigenvalues in ascending order, and the eigenvectors as the columns of a row-major
    /// n × n matrix (`vectors[i * n + k]` is component i of eigenvector k).
    static func decompose(_ matrix: [Double], n: Int) -> (values: [Double], vectors: [Double]) {
        precondition(matrix.count == n * n, "SymmetricEigen: not an n × n matrix")
        var a = matrix
        var w = [Double](repeating: 0, count: n)
        let info = a.withUnsafeMutableBufferPointer { ap in
            w.withUnsafeMutableBufferPointer { wp in
                LAPACKE_dsyevd(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "V")), CChar(UInt8(ascii: "U")),
                               Int32(n), ap.baseAddress, Int32(n), wp.baseAddress)
            }
        }
        precondition(info == 0, "LAPACKE_dsyevd failed (info \(info))")
        return (w, a)
    }

    /// The same for a matrix given as rows.
    static func decompose(_ rows: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        let n = rows.count
        let (values, flat) = decompose(rows.flatMap { $0 }, n: n)
        return (values, (0..<n).map { i in Array(flat[(i * n)..<((i + 1) * n)]) })
    }
}

/// Dense row-major matrix products by BLAS (`dgemm`).
enum DenseMatrix {
    /// A · B for n × n matrices; `transposeA` multiplies by Aᵀ instead.
    static func multiply(_ a: [Double], _ b: [Double], n: Int, transposeA: Bool = false, transposeB: Bool = false) -> [Double] {
        var c = [Double](repeating: 0, count: n * n)
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                c.withUnsafeMutableBufferPointer { cp in
                    cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                                Int32(n), Int32(n), Int32(n), 1, ap.baseAddress, Int32(n), bp.baseAddress, Int32(n),
                                0, cp.baseAddress, Int32(n))
                }
            }
        }
        return c
    }
}
