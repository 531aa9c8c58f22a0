OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[5];
ryy(-1.6993618096526228) q[2],q[4];
cz q[0],q[3];
swap q[2],q[0];
cswap q[3],q[2],q[0];
cy q[0],q[4];
c3sqrtx q[1],q[2],q[0],q[4];
z q[1];
rzx(-0.5810095982341332) q[2],q[4];
