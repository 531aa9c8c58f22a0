OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
cry(-2.534) q[0],q[1];
y q[0];
y q[3];
z q[3];
u3(-2.608,0.576,-1.328) q[1];
rzz(-1.348) q[3],q[0];
s q[0];
cry(-2.621) q[3],q[2];
z q[2];
y q[0];
swap q[3],q[2];
rzz(-2.305) q[0],q[2];
crx(-2.444) q[3],q[0];
tdg q[0];
ry(-0.722) q[3];
ry(1.72) q[2];
ry(-0.339) q[2];
sxdg q[2];
crz(1.047) q[0],q[3];
t q[3];
cz q[3],q[2];
sx q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
