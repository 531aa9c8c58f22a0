OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[4];
sx q[1];
ch q[2],q[1];
cx q[0],q[3];
ccx q[0],q[3],q[1];
sx q[3];
rx(1.454) q[0];
x q[2];
csx q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
