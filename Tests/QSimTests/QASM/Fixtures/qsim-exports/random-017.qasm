OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
ccx q[3],q[2],q[0];
ccx q[1],q[0],q[3];
cx q[3],q[0];
cz q[0],q[1];
cy q[3],q[0];
x q[1];
z q[1];
rx(2.727) q[0];
h q[1];
crx(1.416) q[1],q[0];
cy q[1],q[0];
sx q[1];
sxdg q[1];
rzz(-0.055) q[3],q[2];
h q[2];
sxdg q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
