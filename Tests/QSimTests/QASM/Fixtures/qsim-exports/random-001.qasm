OPENQASM 2.0;
include "qelib1.inc";
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
cy q[1],q[2];
y q[1];
rzz(-0.052) q[3],q[2];
x q[0];
rx(1.507) q[1];
cswap q[0],q[3],q[1];
ry(-0.696) q[2];
u3(-1.146,-0.371,0.031) q[0];
cx q[3],q[1];
crx(-1.784) q[3],q[0];
cx q[3],q[2];
ccx q[2],q[3],q[0];
ch q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
