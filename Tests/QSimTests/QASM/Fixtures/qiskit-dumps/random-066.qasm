OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[2];
cu1(2.5427177509479115) q[1],q[0];
ry(2.8706202445098583) q[0];
cu(-1.8946160017607636,0.13545071160601996,2.502822016966605,1.2963202924802761) q[1],q[0];
crz(1.3690755086340527) q[1],q[0];
ryy(-2.326203085054832) q[1],q[0];
ch q[0],q[1];
t q[1];
rzx(-1.7670890240971153) q[1],q[0];
sxdg q[0];
sx q[0];
sdg q[1];
swap q[1],q[0];
