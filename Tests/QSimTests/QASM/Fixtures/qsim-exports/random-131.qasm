OPENQASM 2.0;
include "qelib1.inc";
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
ry(1.416) q[1];
rx(-0.199) q[0];
z q[1];
u3(1.421,2.737,-0.194) q[1];
crx(2.212) q[0],q[1];
cy q[0],q[1];
y q[1];
u1(0.916) q[0];
tdg q[1];
y q[1];
rz(-1.056) q[1];
y q[0];
cu1(-2.365) q[1],q[0];
cz q[1],q[0];
cu1(0.913) q[0],q[1];
cu1(-3.0) q[1],q[0];
u3(2.449,-1.062,-1.168) q[0];
rx(0.479) q[0];
rxx(-0.249) q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
