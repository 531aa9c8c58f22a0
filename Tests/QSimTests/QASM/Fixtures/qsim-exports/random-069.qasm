OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
qreg q[5];
cz q[4],q[1];
sx q[0];
x q[1];
cswap q[2],q[4],q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
