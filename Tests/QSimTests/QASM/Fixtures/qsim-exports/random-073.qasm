OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
rzz(1.876) q[3],q[1];
sx q[1];
u3(-1.987,1.314,2.246) q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
