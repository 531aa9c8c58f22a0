OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[5];
ryy(0.18918752897773095) q[3],q[0];
h q[1];
crz(1.0370191974758196) q[4],q[0];
cz q[2],q[4];
tdg q[2];
ecr q[1],q[0];
t q[4];
sxdg q[4];
ryy(2.7662763824934347) q[2],q[1];
ccx q[1],q[3],q[0];
iswap q[3],q[0];
ryy(2.4840353411274885) q[3],q[2];
sx q[2];
