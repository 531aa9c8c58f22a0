// A matrix that is not unitary is no interferometer.
let fine = Interferometer(unitary: [[0, 1], [1, 0]])
print(fine.modes)
let bad = Interferometer(unitary: [[1, 1], [0, 1]]) // traps here
print(bad.modes)
