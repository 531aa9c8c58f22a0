OPENQASM 2.0;
include "qelib1.inc";
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
y q[1];
crx(1.273) q[1],q[0];
cry(2.03) q[3],q[0];
cu1(2.38) q[3],q[1];
rz(-0.307) q[2];
u1(-2.061) q[2];
ryy(2.038) q[2],q[3];
tdg q[3];
sdg q[0];
cswap q[1],q[2],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
