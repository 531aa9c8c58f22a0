OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[2];
h q[0];
dcx q[1],q[0];
id q[1];
ecr q[1],q[0];
id q[1];
z q[1];
