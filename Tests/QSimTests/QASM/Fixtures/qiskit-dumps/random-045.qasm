OPENQASM 2.0;
include "qelib1.inc";
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[4];
cu3(-1.4540362768525184,-1.1808473316401178,-2.870441031202662) q[3],q[0];
x q[2];
x q[2];
id q[0];
y q[2];
z q[1];
rzx(-0.42967445813337024) q[3],q[0];
dcx q[0],q[3];
s q[2];
ry(-0.8607688497710382) q[2];
p(-0.5316235233920095) q[0];
cy q[2],q[1];
dcx q[2],q[3];
ecr q[0],q[1];
ch q[1],q[3];
z q[0];
