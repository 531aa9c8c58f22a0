OPENQASM 2.0;
include "qelib1.inc";
qreg q[5];
t q[2];
c3sqrtx q[3],q[0],q[1],q[4];
sxdg q[4];
