OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[4];
cz q[3],q[1];
cx q[0],q[1];
rz(-2.915) q[0];
tdg q[2];
z q[0];
z q[3];
sx q[0];
ch q[1],q[0];
cry(0.374) q[3],q[1];
swap q[1],q[3];
cry(1.113) q[2],q[0];
rz(-2.389) q[3];
t q[2];
x q[2];
u1(-0.1) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
