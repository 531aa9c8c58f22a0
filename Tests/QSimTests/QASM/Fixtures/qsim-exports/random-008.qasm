OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
cy q[4],q[1];
ch q[4],q[2];
cu1(-1.76) q[4],q[1];
u1(1.13) q[1];
cry(0.925) q[4],q[1];
crx(1.948) q[0],q[2];
rzz(2.335) q[1],q[2];
cry(2.95) q[2],q[0];
cswap q[4],q[3],q[2];
tdg q[4];
ryy(2.957) q[4],q[0];
cx q[3],q[0];
swap q[2],q[4];
cz q[4],q[3];
x q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
