OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
qreg q[5];
crx(0.668) q[4],q[1];
crz(-2.651) q[1],q[0];
x q[0];
swap q[1],q[4];
cu3(0.3,-0.7,1.1) q[0],q[1];
