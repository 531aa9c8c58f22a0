OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[4];
dcx q[3],q[2];
tdg q[2];
tdg q[0];
rzx(0.29081753580973935) q[1],q[2];
