OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
ccx q[2],q[3],q[1];
rzz(-2.944) q[0],q[2];
crz(1.312) q[4],q[1];
cry(-1.772) q[2],q[0];
cx q[4],q[1];
sx q[0];
u1(-1.097) q[4];
cry(1.037) q[1],q[0];
crx(2.576) q[0],q[4];
cu3(0.3,-0.7,1.1) q[0],q[1];
