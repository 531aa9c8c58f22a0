OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[5];
ryy(2.652379387328658) q[3],q[0];
ry(1.8269771962105779) q[1];
cu3(-0.816390554453406,-0.2946684774597541,0.9225582755897541) q[1],q[3];
