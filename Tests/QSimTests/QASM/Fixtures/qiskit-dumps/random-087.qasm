OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[3];
rxx(-2.386873515805836) q[1],q[2];
x q[1];
u3(-1.3433809257111802,1.5291371087518915,2.0174669845434785) q[2];
ecr q[2],q[0];
sdg q[1];
s q[2];
ryy(2.712602514690248) q[1],q[0];
rz(-0.4887383313997278) q[2];
dcx q[1],q[2];
