// A learning rate that is not positive.
let good = Adam(learningRate: 0.1)
print(good.learningRate)
let bad = Adam(learningRate: -0.1) // traps here
print(bad.learningRate)
