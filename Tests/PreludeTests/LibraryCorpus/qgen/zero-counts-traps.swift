// Counts that are all zero make no distribution.
print(Distribution(counts: [0, 1]).probabilities)
let d = Distribution(counts: [0, 0, 0, 0]) // traps here
print(d)
