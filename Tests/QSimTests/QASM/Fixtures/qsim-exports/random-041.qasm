OPENQASM 2.0;
include "qelib1.inc";
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
ch q[2],q[1];
sdg q[3];
y q[1];
rzz(0.356) q[1],q[3];
sdg q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
