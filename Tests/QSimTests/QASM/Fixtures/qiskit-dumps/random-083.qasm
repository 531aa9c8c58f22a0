OPENQASM 2.0;
include "qelib1.inc";
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate mcx q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
qreg q[5];
u(-2.2313266227354687,-2.793603388257564,2.712948187431377) q[1];
sdg q[1];
sxdg q[0];
cx q[3],q[1];
swap q[2],q[1];
cp(1.7164284121760343) q[1],q[3];
h q[0];
u2(-2.880858467483432,1.5414131492333212) q[2];
ccx q[4],q[1],q[2];
cz q[3],q[4];
rcccx q[2],q[3],q[0],q[4];
dcx q[3],q[1];
rzz(-2.2349117243578913) q[2],q[3];
sdg q[3];
mcx q[0],q[4],q[1],q[2];
z q[1];
rz(2.8655107433981435) q[0];
