OPENQASM 2.0;
include "qelib1.inc";
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
t q[0];
rxx(2.094) q[0],q[1];
cu1(1.896) q[0],q[1];
cx q[1],q[0];
y q[0];
rxx(-2.756) q[0],q[1];
rz(2.75) q[0];
sdg q[1];
h q[0];
t q[0];
ry(1.18) q[1];
rxx(1.555) q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
