OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
qreg q[3];
y q[0];
rx(-1.338) q[0];
rz(2.459) q[0];
sxdg q[2];
ccx q[0],q[1],q[2];
crz(-1.465) q[1],q[2];
ccx q[2],q[1],q[0];
ccx q[0],q[1],q[2];
z q[2];
rz(1.972) q[2];
x q[0];
ch q[0],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
