// A QASM text with an unknown gate.
print("reading")
let c = Circuit(qasm: "OPENQASM 2.0; include \"qelib1.inc\"; qreg q[1]; frobnicate q[0];") // traps here
print(c.qubits)
