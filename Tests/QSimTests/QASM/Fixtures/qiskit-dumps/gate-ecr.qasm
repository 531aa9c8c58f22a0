OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[2];
ry(2.780336729943194) q[0];
rz(-0.818086699134045) q[0];
ry(1.4736761782329468) q[1];
rz(1.1170657674641902) q[1];
ecr q[0],q[1];
