OPENQASM 2.0;
include "qelib1.inc";
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[4];
z q[2];
cry(2.934) q[0],q[1];
cry(2.714) q[1],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
