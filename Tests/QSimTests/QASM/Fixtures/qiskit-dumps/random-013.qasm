OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[4];
iswap q[1],q[2];
tdg q[1];
tdg q[1];
y q[0];
rxx(2.074743623163142) q[2],q[0];
cry(-2.242219947085239) q[0],q[1];
z q[0];
ry(1.9581920408188944) q[3];
y q[2];
swap q[1],q[3];
ryy(0.3848315916100842) q[3],q[2];
ch q[3],q[2];
