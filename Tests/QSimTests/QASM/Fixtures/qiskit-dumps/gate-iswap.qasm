OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[2];
ry(2.35431855472691) q[0];
rz(-0.858706647978785) q[0];
ry(2.2335027852400864) q[1];
rz(-0.32209316811583655) q[1];
iswap q[0],q[1];
