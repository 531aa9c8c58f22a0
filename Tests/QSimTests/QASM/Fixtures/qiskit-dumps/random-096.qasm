OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[4];
iswap q[3],q[0];
p(1.9067858460929807) q[0];
dcx q[0],q[3];
crx(0.8597510448621666) q[0],q[1];
cy q[2],q[1];
y q[0];
rzz(-0.13057838465022176) q[3],q[1];
cz q[1],q[2];
swap q[2],q[0];
h q[0];
x q[3];
csx q[1],q[3];
id q[1];
