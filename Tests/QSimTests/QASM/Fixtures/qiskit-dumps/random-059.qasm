OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[3];
dcx q[1],q[0];
y q[1];
u2(1.0793764571108921,-2.9365527066631953) q[1];
ccx q[1],q[2],q[0];
rccx q[1],q[0],q[2];
