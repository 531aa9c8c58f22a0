OPENQASM 2.0;
include "qelib1.inc";
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[5];
u3(-0.3518419403817741,0.9836545730006727,1.4003807363275662) q[3];
rzz(0.06713722384671428) q[0],q[2];
s q[0];
rcccx q[2],q[3],q[0],q[1];
rz(-1.4670418024189353) q[1];
cz q[0],q[3];
u1(2.551106030979268) q[1];
cx q[4],q[1];
u1(-0.3686789850243102) q[4];
cry(-0.24944227625532722) q[4],q[2];
id q[2];
cswap q[0],q[1],q[3];
sx q[3];
tdg q[2];
tdg q[4];
iswap q[2],q[0];
ccx q[3],q[1],q[0];
tdg q[4];
crx(2.4798932278551256) q[4],q[3];
