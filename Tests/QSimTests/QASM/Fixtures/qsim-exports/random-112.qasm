OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
qreg q[5];
cz q[3],q[1];
sxdg q[4];
cx q[4],q[1];
crx(1.107) q[3],q[1];
sdg q[3];
crx(-1.418) q[2],q[1];
tdg q[2];
tdg q[2];
u1(-0.071) q[4];
u3(1.211,2.713,-2.026) q[3];
rz(-1.82) q[2];
cy q[2],q[3];
cx q[4],q[2];
x q[1];
ry(-0.868) q[2];
cswap q[1],q[3],q[2];
cy q[1],q[4];
swap q[3],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
