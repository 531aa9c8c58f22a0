// Doubles inside arrays, tuples and optionals use the same format.
let amps = [1.0, 0.5, 0.25, 0.1 + 0.2, 1e-7, 2e16]
print(amps)
let pt = (x: 1.5, y: 2.0)
print(pt)
let maybe: Double? = 3
print(maybe)
let nested: [[Double]] = [[1], [], [0.5, -0.0]]
print(nested)
print([Double](), [1.0])
