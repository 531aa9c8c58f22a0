OPENQASM 2.0;
include "qelib1.inc";
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
qreg q[4];
x q[0];
cy q[2],q[3];
c3sqrtx q[2],q[3],q[1],q[0];
cx q[1],q[0];
u1(-1.2920497714691077) q[1];
cu3(1.4410427175470515,0.5235879530343857,-2.0093154527343047) q[1],q[2];
t q[1];
c3sqrtx q[3],q[0],q[2],q[1];
rcccx q[1],q[2],q[3],q[0];
