OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
qreg q[4];
cu1(-0.038) q[3],q[1];
sxdg q[1];
ccx q[0],q[2],q[1];
sxdg q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
