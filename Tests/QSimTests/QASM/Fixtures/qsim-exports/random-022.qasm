OPENQASM 2.0;
include "qelib1.inc";
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[5];
y q[0];
cy q[2],q[4];
s q[0];
cry(-1.357) q[2],q[4];
h q[4];
cu3(0.3,-0.7,1.1) q[0],q[1];
