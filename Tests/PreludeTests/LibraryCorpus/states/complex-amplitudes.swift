// A state with complex amplitudes and its expectations.
let two = 2.0
let s = 1 / two.squareRoot()
let psi = StateVector(amplitudes: [Complex(s, 0), Complex(0, s)])
print(psi.expectation(.y(0)), psi.expectation(.x(0)), psi.expectation(.z(0)))
print(psi.amplitude(1).im, psi.amplitudes.map { $0.magnitudeSquared })
