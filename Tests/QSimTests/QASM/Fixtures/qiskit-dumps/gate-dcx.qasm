OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[2];
ry(2.6830289959964775) q[0];
rz(1.0575989432076316) q[0];
ry(2.8897687904756975) q[1];
rz(2.1454092728112535) q[1];
dcx q[0],q[1];
