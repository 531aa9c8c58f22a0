OPENQASM 2.0;
include "qelib1.inc";
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
qreg q[5];
cswap q[1],q[0],q[4];
x q[1];
u3(-0.06,2.418,2.282) q[3];
t q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
