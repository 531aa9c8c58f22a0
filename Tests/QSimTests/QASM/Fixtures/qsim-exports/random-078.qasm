OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
qreg q[5];
swap q[4],q[2];
u1(-1.411) q[0];
cu1(0.003) q[2],q[0];
cswap q[3],q[2],q[1];
u1(-1.089) q[0];
cz q[4],q[1];
h q[4];
cu3(0.3,-0.7,1.1) q[0],q[1];
