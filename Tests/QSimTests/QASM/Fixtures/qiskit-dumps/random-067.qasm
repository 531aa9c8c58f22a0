OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[2];
crz(2.832562005563253) q[1],q[0];
dcx q[1],q[0];
rzx(-1.3318448549753066) q[0],q[1];
s q[1];
u1(-2.051943342113736) q[0];
x q[0];
