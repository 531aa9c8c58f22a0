// KL is infinite when the model misses an outcome; smoothing keeps it finite.
let target = Distribution(probabilities: [0.5, 0.5])
let model = Distribution(probabilities: [1, 0])
print(klDivergence(target: target, model: model), klDivergence(target: target, model: model, smoothing: 1e-6))
print(reverseKLDivergence(target: target, model: model))
