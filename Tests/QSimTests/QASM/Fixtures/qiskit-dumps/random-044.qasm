OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[5];
rxx(1.2096853343562763) q[0],q[1];
ccx q[1],q[2],q[0];
tdg q[0];
rzz(-2.9471662446775984) q[1],q[2];
iswap q[3],q[4];
iswap q[2],q[4];
id q[2];
sx q[4];
h q[0];
csx q[0],q[4];
rz(2.7535394720179642) q[0];
c3sqrtx q[2],q[0],q[1],q[4];
p(-0.1363141770911307) q[1];
sdg q[1];
ry(1.4826974830611634) q[0];
u1(1.042300922896187) q[3];
dcx q[0],q[2];
ch q[3],q[4];
rccx q[4],q[1],q[0];
