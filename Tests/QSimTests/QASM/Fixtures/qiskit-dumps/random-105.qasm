OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate mcx q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[4];
p(2.70952494451332) q[2];
cu(1.6099317477855575,-0.9918078351288839,-2.017268709101695,-0.9101816043711759) q[1],q[0];
ecr q[3],q[1];
h q[3];
mcx q[3],q[1],q[2],q[0];
rzx(2.9270755730466824) q[2],q[3];
ry(-2.6330409975613485) q[2];
mcx q[0],q[1],q[3],q[2];
rxx(2.275105543645412) q[3],q[2];
csx q[3],q[2];
sx q[0];
rzz(-0.48631742486919993) q[2],q[3];
ry(0.3923597988655927) q[0];
ryy(-0.11345382695101458) q[3],q[1];
rccx q[0],q[2],q[3];
t q[0];
mcx q[1],q[3],q[2],q[0];
rccx q[1],q[2],q[0];
id q[0];
swap q[2],q[1];
ecr q[1],q[2];
