OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[3];
ecr q[0],q[1];
sdg q[0];
cu1(1.664145370032056) q[1],q[0];
ccx q[2],q[0],q[1];
id q[0];
ryy(-2.566378559282356) q[1],q[2];
cp(1.104151333561969) q[2],q[0];
y q[1];
x q[1];
h q[0];
ccx q[2],q[0],q[1];
u1(2.661338382622623) q[1];
cy q[0],q[2];
ry(-2.3769361041816275) q[0];
s q[1];
cry(0.33778889916618526) q[0],q[2];
rx(-0.8310687097987364) q[2];
s q[1];
z q[1];
crz(-2.388120793185134) q[0],q[1];
cz q[0],q[2];
dcx q[0],q[1];
ccx q[2],q[0],q[1];
y q[0];
id q[1];
