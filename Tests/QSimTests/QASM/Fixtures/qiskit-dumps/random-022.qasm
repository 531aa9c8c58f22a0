OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[3];
u2(0.6785212307556261,-0.3171993262654409) q[2];
x q[2];
dcx q[1],q[0];
tdg q[1];
cx q[1],q[0];
ryy(1.1115622103122647) q[1],q[0];
rzz(2.2882043132775376) q[2],q[1];
sxdg q[1];
sdg q[0];
x q[2];
