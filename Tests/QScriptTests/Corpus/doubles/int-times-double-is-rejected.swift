// An Int variable and a Double do not mix: write Double(n) * theta.
let theta = 0.125
print(2 * theta)
let n = 3
let angle = n * theta // error here
print(angle)
