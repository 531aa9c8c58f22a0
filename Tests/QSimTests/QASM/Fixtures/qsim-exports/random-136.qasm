OPENQASM 2.0;
include "qelib1.inc";
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
cz q[1],q[3];
rzz(0.137) q[4],q[0];
cy q[2],q[3];
ch q[2],q[3];
ccx q[1],q[0],q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
