OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[2];
ry(-0.7367193040820603) q[0];
cx q[0],q[1];
ecr q[0],q[1];
cx q[0],q[1];
p(-1.8720736432326837) q[0];
id q[1];
