OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[5];
crz(-0.194) q[3],q[0];
ccx q[0],q[2],q[1];
ry(-0.189) q[0];
sdg q[4];
crx(-1.393) q[1],q[3];
cry(-0.641) q[1],q[0];
s q[3];
z q[2];
rz(0.568) q[2];
sx q[2];
tdg q[4];
u3(-0.243,2.486,2.912) q[1];
crz(1.342) q[1],q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
