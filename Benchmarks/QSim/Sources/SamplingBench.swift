import QSim

/// Section E: 1,000,000 samples from a 20-qubit random state (probabilities excluded, as the
/// peers exclude |ψ|²; the full `StateVector.sample` is timed too).
func runSampling() {
    let n = 20, shots = 1_000_000
    var rng = SeededGenerator(seed: 7)
    var amps = (0..<(1 << n)).map { _ in Complex(rng.nextGaussian(), rng.nextGaussian()) }
    let norm = amps.reduce(0) { $0 + $1.magnitudeSquared }.squareRoot()
    amps = amps.map { $0 / norm }
    let psi = StateVector(amplitudes: amps)
    let p = psi.probabilities()
    var seed = 0
    let sampler = Sampler(probabilities: p)
    let draw = measure(reps: 7) { seed += 1; _ = sampler.sample(shots: shots, seed: seed) }
    let build = measure(reps: 7) { _ = Sampler(probabilities: p) }
    let full = measure(reps: 7) { seed += 1; _ = psi.sample(shots: shots, seed: seed) }
    let probs = measure(reps: 7) { _ = psi.probabilities() }
    // Sanity: the mean sampled index against the exact mean.
    let s = sampler.sample(shots: shots, seed: 1)
    let mean = Double(s.reduce(0, +)) / Double(shots)
    let exact = p.enumerated().reduce(0.0) { $0 + Double($1.offset) * $1.element }
    print("qsim sampling 1e6 shots, 20 qubits: CDF+guide \(fmt(build.median * 1e3)) ms, draws \(fmt(draw.median * 1e3)) ms,"
          + " total from probabilities \(fmt((build.median + draw.median) * 1e3)) ms; psi.sample incl. |psi|^2 \(fmt(full.median * 1e3)) ms"
          + " (|psi|^2 alone \(fmt(probs.median * 1e3)) ms); mean index \(fmt(mean, 7)) vs exact \(fmt(exact, 7))")
    record("sampling", [("build_s", build.json), ("draw_s", draw.json), ("full_s", full.json), ("probs_s", probs.json),
                        ("mean_index", "\(mean)"), ("exact_mean_index", "\(exact)")])
}

func runSamplingSmall() {
    for n in [6, 12, 16, 20] {
        let p = [Double](repeating: 1 / Double(1 << n), count: 1 << n)
        let s = Sampler(probabilities: p)
        var seed = 0
        let t = measure(reps: 5) { seed += 1; _ = s.sample(shots: 1_000_000, seed: seed) }
        print("uniform n=\(n): \(fmt(t.median * 1e3)) ms")
    }
}

func runRNG() {
    var g = SeededGenerator(seed: 1)
    var acc = 0.0
    let t = measure(reps: 5) { for _ in 0..<1_000_000 { acc += g.nextDouble() } }
    print("1e6 nextDouble: \(fmt(t.median * 1e3)) ms \(acc > 0)")
}
