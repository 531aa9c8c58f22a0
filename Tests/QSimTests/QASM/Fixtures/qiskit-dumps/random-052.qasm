OPENQASM 2.0;
include "qelib1.inc";
qreg q[4];
csx q[3],q[1];
crx(-2.795676249895558) q[1],q[0];
crx(1.9833596877671091) q[2],q[1];
c3sqrtx q[0],q[3],q[1],q[2];
