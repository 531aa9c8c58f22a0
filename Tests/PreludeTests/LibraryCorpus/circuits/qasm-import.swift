// OpenQASM 2.0 in: a Bell pair and a user gate.
let text = """
OPENQASM 2.0;
include "qelib1.inc";
gate bell a, b { h a; cx a, b; }
qreg q[3];
bell q[0], q[1];
x q[2];
"""
let c = Circuit(qasm: text)
print(c.qubits, c.gateCount)
print(c.run().probabilities())
