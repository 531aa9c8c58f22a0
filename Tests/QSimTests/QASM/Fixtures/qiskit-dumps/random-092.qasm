OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
gate mcx q0,q1,q2,q3,q4 { h q4; cp(pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(-pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(pi/8) q0,q4; h q4; cx q0,q1; h q4; cp(-pi/8) q1,q4; h q4; cx q0,q1; h q4; cp(pi/8) q1,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; }
qreg q[5];
rzz(0.3005171816709833) q[4],q[2];
ecr q[0],q[3];
h q[0];
rzz(1.0075572266148898) q[2],q[0];
u1(2.1724752199381285) q[1];
rccx q[1],q[4],q[2];
crx(-0.1031934882594312) q[1],q[0];
ecr q[1],q[3];
id q[3];
ch q[3],q[0];
rz(2.449245087689489) q[1];
tdg q[4];
s q[1];
rcccx q[1],q[3],q[0],q[4];
mcx q[2],q[4],q[1],q[0],q[3];
swap q[3],q[1];
rcccx q[4],q[2],q[1],q[0];
u(2.7274203211302135,1.2999181110853302,2.0340516192545204) q[3];
z q[2];
