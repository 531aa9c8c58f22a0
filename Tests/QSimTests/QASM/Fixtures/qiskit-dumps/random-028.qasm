OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[2];
rzz(0.5835653414767261) q[0],q[1];
y q[1];
crz(-1.7344702982904403) q[0],q[1];
h q[0];
dcx q[0],q[1];
u2(-0.5580032211592605,-2.5827367412305553) q[1];
cz q[0],q[1];
