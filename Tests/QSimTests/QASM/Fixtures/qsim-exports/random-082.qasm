OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
qreg q[2];
rx(2.722) q[0];
cy q[0],q[1];
h q[1];
sxdg q[0];
sdg q[0];
sdg q[0];
ry(-0.104) q[1];
ry(-0.053) q[0];
y q[0];
rx(-0.185) q[0];
swap q[1],q[0];
sdg q[1];
sdg q[1];
rz(-2.572) q[0];
s q[1];
cx q[1],q[0];
cz q[0],q[1];
sdg q[0];
crx(-0.157) q[1],q[0];
crz(-1.736) q[1],q[0];
cx q[1],q[0];
cz q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
