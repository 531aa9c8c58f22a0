OPENQASM 2.0;
include "qelib1.inc";
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[3];
rx(2.354717349920513) q[1];
rzx(-0.8653577340651557) q[2],q[0];
h q[0];
ry(2.9116959856615274) q[0];
x q[0];
