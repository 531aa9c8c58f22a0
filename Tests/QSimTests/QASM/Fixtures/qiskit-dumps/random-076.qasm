OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
qreg q[4];
ccx q[1],q[3],q[0];
crx(2.0524989472615065) q[2],q[1];
crz(-0.06168212453882571) q[0],q[1];
sxdg q[1];
cy q[0],q[3];
ecr q[3],q[2];
rcccx q[3],q[2],q[0],q[1];
rxx(-0.25958606489641056) q[0],q[2];
c3sqrtx q[3],q[0],q[2],q[1];
c3sqrtx q[0],q[2],q[1],q[3];
csx q[0],q[3];
u2(-1.743272030229826,1.963282357193723) q[3];
cu3(-1.957616509438685,0.6627297520235151,2.6297380275371633) q[3],q[1];
rxx(-0.37758684828189093) q[0],q[2];
id q[1];
cu1(1.6660276467638555) q[2],q[1];
z q[1];
