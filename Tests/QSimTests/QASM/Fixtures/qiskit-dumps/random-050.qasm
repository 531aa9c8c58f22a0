OPENQASM 2.0;
include "qelib1.inc";
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
qreg q[5];
ch q[1],q[3];
cy q[0],q[2];
tdg q[4];
u(2.5817111650102227,-0.9169292528059851,-2.408937782955639) q[2];
cz q[1],q[4];
id q[2];
rcccx q[4],q[3],q[2],q[0];
id q[4];
cy q[3],q[0];
tdg q[2];
rz(1.7925863979764518) q[3];
