OPENQASM 2.0;
include "qelib1.inc";
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
qreg q[2];
sdg q[1];
crx(1.619) q[1],q[0];
t q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
