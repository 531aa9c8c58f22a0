OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[3];
y q[1];
rx(1.929) q[1];
cswap q[1],q[0],q[2];
ry(-1.839) q[2];
t q[2];
x q[2];
cy q[1],q[0];
t q[2];
z q[1];
t q[1];
y q[2];
sx q[1];
cz q[1],q[0];
z q[2];
cu1(1.058) q[2],q[1];
cry(-1.31) q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
