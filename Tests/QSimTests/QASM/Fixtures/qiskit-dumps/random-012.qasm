OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[5];
id q[2];
z q[3];
u3(2.9797333795467535,-0.10476711657428162,0.8604525093889857) q[3];
iswap q[4],q[1];
ryy(-2.990004718542647) q[4],q[1];
crz(-0.7940678374945831) q[2],q[1];
cx q[4],q[1];
id q[4];
ecr q[2],q[3];
u(-2.888374198127983,-2.635291822866187,2.490201860459681) q[4];
tdg q[0];
