OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
cy q[0],q[1];
cry(-0.14) q[3],q[1];
ry(-2.548) q[0];
z q[0];
cx q[2],q[3];
crx(-0.521) q[3],q[1];
crz(1.697) q[2],q[3];
tdg q[0];
z q[2];
crx(-1.733) q[1],q[3];
crx(-0.563) q[3],q[2];
swap q[0],q[2];
ryy(-0.742) q[2],q[1];
rzz(2.259) q[1],q[3];
swap q[0],q[1];
rz(-1.6) q[3];
ry(-0.968) q[1];
z q[0];
z q[2];
sx q[1];
x q[0];
cx q[3],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
