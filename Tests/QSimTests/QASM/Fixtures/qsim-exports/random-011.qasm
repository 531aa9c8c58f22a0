OPENQASM 2.0;
include "qelib1.inc";
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
t q[0];
csx q[1],q[0];
x q[0];
x q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
