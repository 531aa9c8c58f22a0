OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
qreg q[3];
sdg q[2];
y q[2];
sxdg q[2];
s q[2];
sx q[1];
cx q[2],q[1];
s q[1];
crx(0.412) q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
