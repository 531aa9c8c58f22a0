OPENQASM 2.0;
include "qelib1.inc";
qreg q[3];
rx(0.812) q[1];
cu1(-0.503) q[2],q[0];
y q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
