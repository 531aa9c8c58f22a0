// A state that is the target's conjugate, or unnormalised probabilities.
let two = 2.0
let s = 1 / two.squareRoot()
let target = StateVector(amplitudes: [Complex(s, 0), Complex(0, s)])
let conj = StateVector(amplitudes: [Complex(s, 0), Complex(0, -s)])
_ = expect(conj, equals: target)
_ = expect([1.0, 1.0], closeTo: [0.5, 0.5])
_ = expect([0.25, 0.75], equals: [0.75, 0.25])
