OPENQASM 2.0;
include "qelib1.inc";
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[4];
rxx(-2.496) q[2],q[1];
crz(0.409) q[2],q[1];
cy q[0],q[1];
cu1(-0.717) q[0],q[3];
sdg q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
