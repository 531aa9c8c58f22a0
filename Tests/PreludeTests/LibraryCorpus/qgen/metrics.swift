// KL in both directions, with smoothing; total variation; KS; valid fraction.
let target = Datasets.barsAndStripes(rows: 2, cols: 2)
let model = Distribution(probabilities: [0.2, 0, 0, 0.2, 0, 0.15, 0, 0, 0, 0, 0.15, 0, 0.1, 0, 0.1, 0.1])
print(klDivergence(target, model), klDivergence(target: target, model: model))
print(reverseKLDivergence(target: target, model: model), klDivergence(model, target, smoothing: 1e-3))
print(klDivergence(target: target, model: model, smoothing: 0.01), reverseKLDivergence(target: target, model: model, smoothing: 0.01))
print(totalVariation(target, model), kolmogorovSmirnov(target, model), validFraction(model, validFor: target))
