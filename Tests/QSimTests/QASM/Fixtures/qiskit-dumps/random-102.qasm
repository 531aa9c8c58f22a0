OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[3];
ecr q[1],q[0];
ryy(1.2750416842512458) q[2],q[0];
ccx q[1],q[2],q[0];
cu(0.25793188600204253,1.4781239712063527,2.309899578070441,-1.8879207043955706) q[1],q[2];
tdg q[2];
y q[0];
cx q[2],q[0];
id q[2];
tdg q[2];
cu(0.1538315778383037,-0.05531807447515735,-0.5278424338921779,-0.12808792276860892) q[0],q[2];
ecr q[0],q[1];
ccx q[2],q[0],q[1];
id q[1];
y q[0];
ch q[0],q[2];
rccx q[0],q[1],q[2];
y q[2];
ecr q[1],q[2];
cz q[2],q[1];
iswap q[2],q[1];
iswap q[2],q[0];
cswap q[0],q[2],q[1];
rxx(2.0224989193982) q[1],q[0];
cswap q[0],q[1],q[2];
