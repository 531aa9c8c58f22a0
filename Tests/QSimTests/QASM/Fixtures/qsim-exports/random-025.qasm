OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[5];
sx q[0];
sxdg q[0];
ccx q[0],q[4],q[2];
cy q[1],q[2];
u3(0.869,0.529,-0.185) q[2];
h q[1];
z q[3];
rxx(-2.461) q[4],q[1];
sdg q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
