OPENQASM 2.0;
include "qelib1.inc";
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[3];
ch q[1],q[2];
ry(0.197) q[2];
ch q[0],q[2];
crx(2.047) q[1],q[0];
u1(0.574) q[2];
ry(-2.203) q[0];
rz(2.221) q[2];
rx(1.117) q[0];
cu1(-2.815) q[0],q[1];
cu1(-2.194) q[2],q[0];
crx(-0.221) q[0],q[2];
tdg q[2];
u1(1.013) q[0];
cx q[1],q[0];
u1(1.698) q[0];
crz(-2.433) q[0],q[2];
cry(0.146) q[2],q[1];
u1(1.647) q[2];
cry(2.873) q[0],q[1];
rx(2.262) q[1];
cswap q[0],q[1],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
