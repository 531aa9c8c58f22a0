OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[3];
sxdg q[2];
ry(1.4603916150696774) q[0];
dcx q[0],q[1];
rzx(-1.8678115491975118) q[2],q[1];
ccx q[2],q[0],q[1];
s q[1];
