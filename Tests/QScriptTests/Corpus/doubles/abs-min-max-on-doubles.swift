// abs, min and max with Doubles.
print(abs(-2.5), abs(0.0), abs(-0.0), abs(3.0))
print(min(0.1, 0.2), max(-1.5, -2.5), min(1.0, 2.0, -3.0), max(0.5, 0.25))
let errors = [0.001, -0.02, 0.0005]
var worst = 0.0
for e in errors {
    worst = max(worst, abs(e))
}
print(worst)
