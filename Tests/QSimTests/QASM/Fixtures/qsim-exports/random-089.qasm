OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[2];
rz(-1.634) q[1];
rz(-2.272) q[1];
sdg q[0];
sx q[1];
sxdg q[0];
y q[0];
sxdg q[0];
cry(0.285) q[1],q[0];
h q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
