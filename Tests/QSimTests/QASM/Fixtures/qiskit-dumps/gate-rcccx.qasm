OPENQASM 2.0;
include "qelib1.inc";
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
qreg q[4];
ry(0.5050699419692348) q[0];
rz(-1.4751591615531519) q[0];
ry(0.5358040601891857) q[1];
rz(-0.06263382522564154) q[1];
ry(1.4368407409443136) q[2];
rz(-0.18801691714563606) q[2];
ry(0.6009337746151417) q[3];
rz(-2.752546164022951) q[3];
rcccx q[0],q[1],q[2],q[3];
