// Generative-model timings (issue 13), release build: a QGAN epoch, a QBM training step, and the
// diagonalisation behind QBM probabilities, whose matrices are written out so the peer script
// (peer_eigh.py) times numpy on exactly the same ones. Prints one JSON object per line.
import Foundation
import QGen
import QSim

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

let out = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "/tmp/qbook-models-bench"
try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
// Further arguments pick sections by name (qgan, qbm, iqp, permanent); none runs them all.
let sections = Set(CommandLine.arguments.dropFirst(2))
func wanted(_ section: String) -> Bool { sections.isEmpty || sections.contains(section) }

// QGAN: Zoufal et al.'s setup (3 qubits, discriminator 50-20-1), one discriminator and one
// generator step per epoch.
if wanted("qgan") {
    let data = Datasets.roundedLogNormal(qubits: 3, count: 20_000, seed: 1)
    var times: [Double] = []
    for run in 0..<5 {
        var gan = QGAN(generator: BornMachine(qubits: 3, ansatz: .ryCZ(reps: 1), seed: 10 + run),
                       discriminator: DenseNetwork(sizes: [1, 50, 20, 1], seed: 20 + run), data: data)
        times.append(seconds { gan.train(epochs: 200) } / 200)
    }
    print(#"{"case": "qgan-epoch", "qubits": 3, "ms": \#(median(times) * 1e3)}"#)
}

// QBM: one bQBM training step (probabilities by diagonalisation, moments, Adam) at 8 and 10 units.
for units in [8, 10] where wanted("qbm") {
    let data = Datasets.amin(units: units, seed: 1)
    var times: [Double] = []
    for run in 0..<3 {
        var machine = QuantumBoltzmannMachine(units: units, transverseField: 2, seed: run)
        let steps = units == 8 ? 20 : 5
        times.append(seconds { machine.train(data: data, steps: steps) } / Double(steps))
    }
    print(#"{"case": "qbm-step", "units": \#(units), "ms": \#(median(times) * 1e3)}"#)
}

// P(v) of a QBM from a diagonalisation (LAPACK dsyevd), 2^8 and 2^10 dimensions; the same
// Hamiltonians are written for numpy.
for units in [8, 10] where wanted("qbm") {
    let machine = QuantumBoltzmannMachine(units: units, transverseField: 1.5, seed: 7)
    let h = machine.hamiltonian()
    try h.withUnsafeBufferPointer { Data(buffer: $0) }.write(to: URL(fileURLWithPath: "\(out)/hamiltonian-\(units).f64"))
    var p: [Double] = []
    let times = (0..<(units == 8 ? 21 : 7)).map { _ in seconds { p = machine.probabilities() } }
    try p.withUnsafeBufferPointer { Data(buffer: $0) }.write(to: URL(fileURLWithPath: "\(out)/probabilities-\(units).f64"))
    print(#"{"case": "qbm-probabilities", "dimension": \#(1 << units), "ms": \#(median(times) * 1e3)}"#)
}

// IQP (issue 14): one loss-and-gradient evaluation (1,000 random operators, 1,000 packed z
// samples), as one training step costs, at 16 qubits (all gates of weight ≤ 2), 100 and 1,000
// (chain gates to next-nearest neighbours); at 16 also the exact MMD² through the state vector
// and all 2¹⁶ operators, for the same model and data.
if wanted("iqp") {
    func bits(_ n: Int, _ count: Int, seed: Int) -> [[Int]] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            // Runs of equal bits, as ordered spin data have.
            var x: [Int] = []
            var b = Int(rng.next() & 1)
            for _ in 0..<n {
                if rng.nextDouble() < 0.2 { b ^= 1 }
                x.append(b)
            }
            return x
        }
    }
    for (n, gates) in [(16, IQPModel.allGates(qubits: 16, maxWeight: 2)), (100, IQPModel.chainGates(qubits: 100)),
                       (1000, IQPModel.chainGates(qubits: 1000))] {
        let model = IQPModel(qubits: n, gates: gates, bandwidth: Double(n).squareRoot() / 2, seed: 1)
        let data = bits(n, 1000, seed: 2)
        // The model and data for the iqpopt peer (Benchmarks/peers/iqpopt_mmd.py).
        struct PeerCase: Encodable { let qubits: Int; let gates: [[Int]]; let parameters: [Double]; let bandwidth: Double; let data: [[Int]] }
        try JSONEncoder().encode(PeerCase(qubits: n, gates: gates, parameters: model.circuit.parameters, bandwidth: model.bandwidth, data: data))
            .write(to: URL(fileURLWithPath: "\(out)/iqp-\(n).json"))
        var times: [Double] = []
        var losses: [Double] = []
        for run in 0..<3 {
            times.append(seconds { losses.append(model.lossGradient(data: data, operators: 1000, samples: 1000, seed: run).value) })
        }
        print(#"{"case": "iqp-loss-gradient", "qubits": \#(n), "gates": \#(gates.count), "ms": \#(median(times) * 1e3), "losses": \#(losses)}"#)
        if n == 1000 {
            var spinModel = IQPModel(qubits: n, gates: gates, bandwidths: [10], spinSymmetric: true, seed: 1)
            let chain = IsingChain.thermalSamples(spins: n, coupling: 1, temperature: 1, count: 1000, seed: 3)
            spinModel.initializeParameters(from: chain)
            var t: [Double] = []
            for run in 0..<3 { t.append(seconds { _ = spinModel.lossGradient(data: chain, operators: 1000, samples: 1000, seed: run) }) }
            print(#"{"case": "iqp-loss-gradient-chain-spin-symmetric", "qubits": 1000, "gates": \#(gates.count), "ms": \#(median(t) * 1e3)}"#)
        }
        if n == 16 {
            // The paper's 16-spin model: all gates of weight ≤ 4 (2,516), spin symmetry, σ = 0.6 and
            // 1.3 (1,000 operators each), on their training data; and its bit-flip model (weight ≤ 6).
            let train = Datasets.ising4x4Train
            for (name, model) in [("iqp-loss-gradient-paper", IQPModel(qubits: 16, gates: IQPModel.allGates(qubits: 16, maxWeight: 4),
                                                                         bandwidths: [0.6, 1.3], spinSymmetric: true, initialScale: 0.3, seed: 1)),
                                  ("iqp-bit-flip-loss-gradient-paper", IQPModel(qubits: 16, gates: IQPModel.allGates(qubits: 16, maxWeight: 6),
                                                                                bandwidths: [0.6, 1.3], spinSymmetric: true, bitFlip: true,
                                                                                initialScale: 0.3, seed: 1))] {
                var t: [Double] = []
                for run in 0..<3 { t.append(seconds { _ = model.lossGradient(data: train, operators: 1000, samples: 1000, seed: run) }) }
                print(#"{"case": "\#(name)", "qubits": 16, "gates": \#(model.circuit.gates.count), "ms": \#(median(t) * 1e3)}"#)
            }
            let paper = IQPModel(qubits: 16, gates: IQPModel.allGates(qubits: 16, maxWeight: 4), bandwidths: [0.6], spinSymmetric: true,
                                 initialScale: 0.3, seed: 1)
            var t: [Double] = []
            for run in 0..<3 {
                t.append(seconds { _ = paper.testMMD(data: Array(Datasets.ising4x4Test.prefix(2500)), bandwidth: 0.6, repeats: 1, seed: run) })
            }
            print(#"{"case": "iqp-test-mmd-3000x3000", "qubits": 16, "gates": 2516, "ms": \#(median(t) * 1e3)}"#)
            var counts = [Double](repeating: 0, count: 1 << n)
            for x in data { counts[x.reduce(0) { $0 << 1 | $1 }] += 1 }
            let target = Distribution(probabilities: counts.map { $0 / Double(data.count) })
            var exact: [Double] = []
            var exactValue = 0.0
            for _ in 0..<3 { exact.append(seconds { exactValue = model.exactMMD(data: target) }) }
            print(#"{"case": "iqp-exact-mmd", "qubits": 16, "gates": \#(gates.count), "ms": \#(median(exact) * 1e3), "loss": \#(exactValue)}"#)
        }
    }
}

// Permanents (issue 14): Ryser and Glynn at n = 10, 15, 20, 25 on a seeded complex matrix
// (entries uniform in the square [−1, 1]², scaled by 1/√n), written out (interleaved complex128,
// row-major) so the peer script computes the same permanents; each value is printed with the time.
if wanted("permanent") {
    for n in [10, 15, 20, 25] {
        var rng = SeededGenerator(seed: 1000 + n)
        let scale = 1 / Double(n).squareRoot()
        let a = (0..<n).map { _ in (0..<n).map { _ in Complex((rng.nextDouble() * 2 - 1) * scale, (rng.nextDouble() * 2 - 1) * scale) } }
        let flat = a.flatMap { $0.flatMap { [$0.re, $0.im] } }
        try flat.withUnsafeBufferPointer { Data(buffer: $0) }.write(to: URL(fileURLWithPath: "\(out)/matrix-\(n).c128"))
        let repeats = n <= 15 ? 21 : n == 20 ? 7 : 3
        for method in [PermanentMethod.ryser, .glynn] {
            var value = Complex.zero
            let times = (0..<repeats).map { _ in seconds { value = permanent(a, method: method) } }
            print(#"{"case": "permanent", "method": "\#(method.rawValue)", "n": \#(n), "ms": \#(median(times) * 1e3), "re": \#(value.re), "im": \#(value.im)}"#)
        }
    }
}
