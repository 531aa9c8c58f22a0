OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
gate mcx q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[5];
cry(-0.2738584559425217) q[4],q[3];
ecr q[2],q[0];
iswap q[2],q[0];
ry(-1.3525196091889495) q[2];
rcccx q[3],q[2],q[1],q[0];
ccx q[4],q[3],q[2];
sdg q[1];
sdg q[1];
sxdg q[3];
rcccx q[1],q[3],q[0],q[4];
mcx q[0],q[4],q[3],q[1];
cz q[1],q[0];
u(1.881315369004298,-2.2848657306906093,-1.1554967002875833) q[4];
ecr q[0],q[3];
sx q[2];
rzz(0.9540678804185303) q[1],q[3];
c3sqrtx q[0],q[4],q[1],q[2];
crz(-1.2231562874270079) q[4],q[1];
ryy(0.28714685619073954) q[0],q[2];
ryy(1.4295158528255811) q[1],q[2];
ry(1.886781175268597) q[3];
