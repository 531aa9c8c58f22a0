OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[4];
cz q[3],q[1];
h q[0];
h q[2];
sx q[2];
ry(-1.396) q[0];
sdg q[3];
rz(-2.958) q[3];
rxx(1.66) q[0],q[2];
ry(-0.731) q[3];
cz q[3],q[1];
rxx(0.95) q[1],q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
