OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
rzz(1.535) q[3],q[1];
cx q[2],q[3];
cu1(-1.825) q[2],q[1];
u1(-2.185) q[2];
z q[2];
swap q[2],q[3];
u3(-1.334,0.374,-1.823) q[1];
s q[3];
ry(-1.708) q[0];
rxx(-1.953) q[2],q[0];
x q[2];
sxdg q[0];
cu1(-1.386) q[1],q[2];
y q[1];
crx(2.32) q[3],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
