OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
qreg q[3];
t q[0];
cu1(-2.727) q[0],q[1];
y q[2];
sx q[0];
cswap q[2],q[0],q[1];
u1(0.637) q[2];
h q[2];
cx q[1],q[2];
ry(2.833) q[1];
sdg q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
