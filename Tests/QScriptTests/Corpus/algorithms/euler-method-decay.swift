// Euler's method for dy/dt = -k y, compared with the exact exponential.
import Foundation
let k = 0.5
var y = 1.0
var t = 0.0
let dt = 0.1
var worst = 0.0
for step in 1...40 {
    y += -k * y * dt
    t += dt
    let exact = exp(-k * t)
    worst = max(worst, abs(y - exact))
    if step % 10 == 0 {
        print(String(format: "t=%.1f euler=%.6f exact=%.6f", t, y, exact))
    }
}
print(String(format: "largest error %.6f", worst))
