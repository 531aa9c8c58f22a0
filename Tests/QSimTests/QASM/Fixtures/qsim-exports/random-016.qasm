OPENQASM 2.0;
include "qelib1.inc";
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
rzz(2.905) q[0],q[4];
rz(-2.127) q[0];
crz(1.887) q[3],q[4];
cu3(0.3,-0.7,1.1) q[0],q[1];
