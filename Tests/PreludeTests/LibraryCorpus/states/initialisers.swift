// The ways to make a state vector.
let zero = StateVector(qubits: 2)
let three = StateVector(basisState: 3, qubits: 2)
let real = StateVector(amplitudes: [0.6, 0.8])
let complex = StateVector(amplitudes: [Complex(0, 0.6), Complex(0.8, 0)])
print(zero.amplitudes, zero.count, zero.qubits)
print(three.probabilities(), three.normSquared)
print(real.probabilities(), complex.amplitudes)
