OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[2];
z q[1];
rx(-0.02248504649155203) q[0];
p(-1.0516777258100936) q[1];
cx q[1],q[0];
dcx q[0],q[1];
ryy(-2.9435349634824926) q[0],q[1];
sdg q[1];
u(-0.994855815734712,-2.7890491793567387,0.15278681122923166) q[0];
cp(-2.8794024542843486) q[0],q[1];
