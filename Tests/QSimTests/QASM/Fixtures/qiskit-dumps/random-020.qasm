OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[3];
iswap q[0],q[1];
rzz(2.43258012098274) q[0],q[1];
crx(2.963028076663978) q[0],q[2];
cz q[1],q[2];
crx(-1.7480845660053423) q[1],q[2];
cy q[1],q[0];
iswap q[2],q[1];
cswap q[0],q[2],q[1];
u1(-1.7891031461421416) q[0];
sdg q[1];
sx q[1];
