OPENQASM 2.0;
include "qelib1.inc";
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
cry(2.124) q[1],q[0];
y q[1];
z q[1];
t q[0];
rxx(-0.854) q[0],q[1];
z q[1];
cy q[1],q[0];
cz q[1],q[0];
h q[1];
h q[0];
tdg q[1];
cu1(-1.687) q[1],q[0];
rx(-1.991) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
