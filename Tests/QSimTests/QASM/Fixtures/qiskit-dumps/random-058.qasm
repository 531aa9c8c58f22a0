OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[3];
dcx q[0],q[2];
sdg q[1];
cswap q[1],q[2],q[0];
crz(1.8233680404126282) q[1],q[2];
rccx q[0],q[2],q[1];
t q[1];
id q[1];
ryy(0.9584180732063778) q[2],q[1];
cx q[0],q[2];
