// Probabilities that do not sum to 1.
let ok = Distribution(probabilities: [0.25, 0.75])
print(ok.entropy)
let bad = Distribution(probabilities: [0.6, 0.6]) // traps here
print(bad)
