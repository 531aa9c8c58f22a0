OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
rzz(1.92) q[0],q[1];
x q[0];
ch q[1],q[0];
sx q[2];
u3(1.338,0.897,-0.139) q[0];
rxx(-2.954) q[1],q[0];
ry(-0.648) q[2];
sxdg q[2];
crz(-2.168) q[1],q[2];
x q[1];
s q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
