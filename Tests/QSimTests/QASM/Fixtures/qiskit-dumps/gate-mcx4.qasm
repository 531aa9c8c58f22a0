OPENQASM 2.0;
include "qelib1.inc";
gate mcx q0,q1,q2,q3,q4 { h q4; cp(pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(-pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(pi/8) q0,q4; h q4; cx q0,q1; h q4; cp(-pi/8) q1,q4; h q4; cx q0,q1; h q4; cp(pi/8) q1,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; }
qreg q[5];
ry(1.3965006748793591) q[0];
rz(-0.2810784109724178) q[0];
ry(0.22456388227649893) q[1];
rz(1.6325725653915688) q[1];
ry(0.7585791413443324) q[2];
rz(-2.5352204853808633) q[2];
ry(1.247472987295027) q[3];
rz(2.509285915683293) q[3];
ry(2.43012033161135) q[4];
rz(0.12432445018477623) q[4];
mcx q[0],q[1],q[2],q[3],q[4];
