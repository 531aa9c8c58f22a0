OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
ch q[0],q[1];
rzz(0.374) q[2],q[1];
ccx q[3],q[1],q[0];
t q[2];
u3(2.491,2.783,-1.136) q[1];
rz(0.844) q[4];
ccx q[2],q[4],q[1];
rz(-0.544) q[3];
cu1(-2.039) q[3],q[2];
sxdg q[3];
ccx q[4],q[2],q[0];
ch q[0],q[1];
sdg q[1];
cx q[3],q[2];
rz(0.467) q[2];
cy q[2],q[0];
t q[4];
x q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
