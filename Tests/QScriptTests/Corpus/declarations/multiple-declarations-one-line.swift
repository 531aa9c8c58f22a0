// Several declarations in one statement, separated by commas.
let x = 1, y = 2, z = 3
var sum = 0, product = 1
for value in [x, y, z] {
    sum += value
    product *= value
}
print(sum, product)
let alpha: Double = 0.6, beta: Double = 0.8
print(alpha * alpha + beta * beta)
