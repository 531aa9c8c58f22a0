OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[3];
ecr q[1],q[0];
h q[2];
sx q[0];
swap q[0],q[2];
rzx(-0.5176644486958364) q[2],q[1];
z q[1];
cy q[0],q[2];
