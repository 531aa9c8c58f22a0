OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[4];
sxdg q[0];
cry(2.006) q[0],q[1];
ch q[2],q[0];
sx q[0];
t q[0];
t q[3];
rxx(2.023) q[1],q[2];
ch q[3],q[1];
rxx(-2.462) q[1],q[3];
rxx(-1.993) q[0],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
