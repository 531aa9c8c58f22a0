OPENQASM 2.0;
include "qelib1.inc";
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
u1(-0.478) q[2];
rzz(-2.085) q[0],q[1];
rx(-0.091) q[4];
cry(-2.543) q[4],q[3];
crx(2.719) q[2],q[0];
ch q[1],q[0];
rx(-2.866) q[4];
tdg q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
