/// The 16-spin 2D Ising data set of Recio-Armengol, Ahmed & Bowles (arXiv:2503.02934) and their
/// table of test MMD², as published in XanaduAI/scaling-gqml (Apache-2.0; the CSVs, licence and
/// provenance are in `Data/scaling-gqml/`). The rows are compiled in (`ScalingGQML+Data.swift`,
/// generated from the CSVs) so a single `qbook` binary carries them; decoded once, on first use.
enum ScalingGQML {
    static let isingTrain: [[Int]] = decode(isingTrainHex)
    static let isingTest: [[Int]] = decode(isingTestHex)
    static let isingTable: [PublishedMMD] = parseTable(isingTableCSV)

    /// Four hex digits a row, the first bit the most significant; line breaks ignored.
    static func decode(_ hex: String) -> [[Int]] {
        var rows: [[Int]] = []
        var value = 0, digits = 0
        for c in hex.utf8 {
            let d: Int
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = Int(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = Int(c - UInt8(ascii: "a")) + 10
            default: continue
            }
            value = value << 4 | d
            digits += 1
            if digits == 4 {
                rows.append((0..<16).map { (value >> (15 - $0)) & 1 })
                value = 0
                digits = 0
            }
        }
        return rows
    }

    /// `sigma,loss,loss_std,model` rows.
    static func parseTable(_ csv: String) -> [PublishedMMD] {
        csv.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: ",").map(String.init)
            return PublishedMMD(model: f[3], bandwidth: Double(f[0])!, value: Double(f[1])!, standardError: Double(f[2])!)
        }
    }
}

/// One row of a published table of test MMD²: a model, a kernel bandwidth σ, the mean over
/// repeats and its standard error (the paper's `loss_std` is the repeats' standard deviation
/// divided by √20, as its evaluation script computes it).
public struct PublishedMMD: Codable, Hashable, Sendable {
    public let model: String
    public let bandwidth: Double
    public let value: Double
    public let standardError: Double
}

extension Datasets {
    /// The 2D Ising training set of Recio-Armengol, Ahmed & Bowles: 5,000 samples (rows of 16
    /// bits, spin up = 1) of a 4 × 4 periodic lattice with random couplings in [0, 2) at T = 3.
    public static var ising4x4Train: [[Int]] { ScalingGQML.isingTrain }
    /// Its 50,000 held-out samples.
    public static var ising4x4Test: [[Int]] { ScalingGQML.isingTest }
    /// Their published test MMD² on this data set (tables/2D_ising-mmd_loss.csv): models
    /// "IqpSimulator", "IqpSimulatorBitflip", "RestrictedBoltzmannMachine", "DeepEBM", "True"
    /// (training data against test data) and "Random" (uniform bits), at 30 bandwidths.
    public static var ising4x4MMDTable: [PublishedMMD] { ScalingGQML.isingTable }
}
