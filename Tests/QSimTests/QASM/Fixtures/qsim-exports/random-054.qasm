OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
qreg q[3];
cz q[1],q[2];
cy q[0],q[1];
y q[0];
crz(1.088) q[1],q[2];
sx q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
