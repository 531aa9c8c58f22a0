OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
cy q[2],q[1];
y q[1];
tdg q[0];
sx q[0];
rzz(2.43) q[1],q[2];
x q[0];
rzz(-0.869) q[1],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
