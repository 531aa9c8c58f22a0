OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
qreg q[5];
cx q[3],q[4];
sdg q[3];
iswap q[1],q[4];
c3sqrtx q[3],q[0],q[4],q[2];
dcx q[4],q[0];
sdg q[1];
rcccx q[2],q[4],q[1],q[3];
dcx q[0],q[4];
dcx q[2],q[0];
u1(-1.9269137675407777) q[2];
csx q[2],q[1];
ry(-1.4679894257804256) q[0];
id q[2];
rzz(0.8346988584941508) q[0],q[4];
cu(1.911863326263421,-1.6054178217720438,0.24114464246840273,0.49932372863175356) q[4],q[1];
csx q[0],q[3];
cu1(0.980506766791585) q[1],q[2];
tdg q[3];
sdg q[3];
