OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
qreg q[2];
u3(2.821,1.76,0.019) q[1];
crz(-0.62) q[1],q[0];
swap q[0],q[1];
u1(0.227) q[0];
u3(-0.223,-1.234,1.519) q[0];
t q[0];
cx q[1],q[0];
ry(-0.387) q[0];
x q[1];
u3(2.494,1.755,2.094) q[0];
y q[0];
rx(-2.351) q[0];
sx q[1];
crx(1.344) q[0],q[1];
sxdg q[1];
crx(-2.733) q[0],q[1];
u1(2.701) q[1];
cu1(0.5) q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
