OPENQASM 2.0;
include "qelib1.inc";
qreg q[4];
s q[3];
tdg q[0];
crz(2.881) q[2],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
