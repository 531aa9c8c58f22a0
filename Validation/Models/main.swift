// The reproductions of the generative models beyond Born machines, in release:
// `make validate-models`. One line per reproduction, PASS or FAIL, measured beside published.
import QGen
import QSim

#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

func f(_ x: Double) -> String { x < 1e-3 ? "\((x * 1e6).rounded() / 1e6)" : "\((x * 1e4).rounded() / 1e4)" }

var failures = 0
@MainActor func report(_ passed: Bool, _ name: String, _ measured: String, _ published: String, seconds: Double) {
    if !passed { failures += 1 }
    print("\(passed ? "PASS" : "FAIL")  \(name): \(measured)  [published: \(published)]  (\((seconds * 10).rounded() / 10) s)")
}

print("Generative-model reproductions (release build; seeds fixed)")

// QGAN (a): Zoufal, Lucchi & Woerner 2019.
do {
    let t0 = now()
    var entropies: [Double] = [], ks: [Double] = []
    for seed in 1...5 {
        let data = Datasets.roundedLogNormal(qubits: 3, count: 20_000, seed: seed)
        var gan = QGAN(generator: BornMachine(qubits: 3, ansatz: .ryCZ(reps: 1), seed: 10 + seed),
                       discriminator: DenseNetwork(sizes: [1, 50, 20, 1], seed: 20 + seed), data: data)
        let h = gan.train(epochs: 1000, generatorOptimizer: Adam(learningRate: 0.05),
                          discriminatorOptimizer: Adam(learningRate: 0.05), discriminatorSteps: 5)
        entropies.append(h.relativeEntropies.last!)
        ks.append(h.kolmogorovSmirnov.last!)
    }
    let median = { (xs: [Double]) in xs.sorted()[xs.count / 2] }
    report(median(entropies) < 0.05 && median(ks) < 0.1,
           "QGAN (a) Zoufal et al. log-normal, 3 qubits, RY + circular CZ (k = 1), discriminator 50-20-1, 1000 epochs",
           "relative entropy KL(generated‖data) \(entropies.map(f).joined(separator: ", ")) (median \(f(median(entropies)))), KS \(ks.map(f).joined(separator: ", ")) (median \(f(median(ks))))",
           "median relative entropy < 0.05, KS < 0.1", seconds: now() - t0)
}

print(failures == 0 ? "all reproductions pass" : "\(failures) reproduction(s) FAIL")
exit(failures == 0 ? 0 : 1)
