OPENQASM 2.0;
include "qelib1.inc";
qreg q[3];
cz q[2],q[1];
z q[2];
x q[2];
s q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
