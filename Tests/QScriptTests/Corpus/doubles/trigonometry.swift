import Foundation
// Trigonometric functions at common angles.
let angles = [0.0, Double.pi / 6, Double.pi / 4, Double.pi / 2, Double.pi]
for a in angles {
    print(a, sin(a), cos(a))
}
print(tan(Double.pi / 4), tan(0.0))
print(atan2(1.0, 1.0), atan2(-1.0, -1.0), atan2(0.0, -1.0), atan2(1.0, 0.0))
