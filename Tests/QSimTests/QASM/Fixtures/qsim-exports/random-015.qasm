OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
sxdg q[0];
ryy(0.361) q[2],q[3];
rx(-2.023) q[3];
tdg q[1];
sdg q[3];
sxdg q[1];
ryy(1.924) q[1],q[3];
ccx q[1],q[0],q[3];
sdg q[3];
t q[0];
s q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
