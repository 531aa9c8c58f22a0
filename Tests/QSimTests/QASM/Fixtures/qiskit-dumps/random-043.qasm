OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[2];
z q[1];
ch q[0],q[1];
dcx q[1],q[0];
rxx(-0.405666966291359) q[1],q[0];
cry(-1.9428713742918626) q[0],q[1];
crx(-2.0791925447101995) q[0],q[1];
y q[1];
dcx q[1],q[0];
crx(-2.6188102640694497) q[0],q[1];
cx q[0],q[1];
rz(2.332513648735505) q[0];
iswap q[0],q[1];
