OPENQASM 2.0;
include "qelib1.inc";
qreg q[2];
rz(-2.8908097506292725) q[0];
tdg q[0];
rxx(-1.8629836589557016) q[1],q[0];
