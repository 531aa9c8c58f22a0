OPENQASM 2.0;
include "qelib1.inc";
gate mcx q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
qreg q[5];
sx q[4];
tdg q[3];
cu1(0.17235935225029309) q[4],q[2];
c3sqrtx q[3],q[1],q[0],q[4];
ry(-1.8190098409799265) q[3];
mcx q[0],q[2],q[4],q[3];
cu(1.420303249000975,-2.1882171572296674,1.1151052336643614,-2.2517567513709515) q[2],q[4];
rzz(0.914269985249716) q[4],q[1];
c3sqrtx q[1],q[3],q[4],q[2];
cx q[1],q[0];
cy q[2],q[4];
rz(-2.9510828030717464) q[3];
