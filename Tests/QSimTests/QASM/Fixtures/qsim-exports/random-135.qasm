OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[5];
cry(-1.521) q[4],q[0];
u1(2.036) q[3];
cx q[2],q[3];
rz(-1.145) q[2];
crx(-2.804) q[1],q[4];
ch q[2],q[0];
u3(0.317,2.816,-2.237) q[3];
y q[1];
swap q[1],q[2];
cswap q[1],q[3],q[4];
ry(-1.631) q[0];
ch q[2],q[3];
ryy(2.542) q[0],q[4];
t q[0];
h q[3];
t q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
