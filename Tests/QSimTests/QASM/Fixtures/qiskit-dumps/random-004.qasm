OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[3];
p(1.3273014305259991) q[1];
z q[0];
id q[0];
cswap q[2],q[1],q[0];
tdg q[2];
rxx(-0.8385305429987921) q[0],q[2];
ry(-1.713597404526501) q[0];
dcx q[1],q[2];
sdg q[0];
sxdg q[1];
iswap q[2],q[1];
u(2.06873535838061,-0.9755851475133843,-0.6724089008888408) q[0];
