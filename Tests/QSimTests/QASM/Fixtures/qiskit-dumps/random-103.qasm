OPENQASM 2.0;
include "qelib1.inc";
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[5];
t q[0];
rcccx q[0],q[3],q[1],q[2];
ecr q[0],q[3];
u(-2.207209636755911,0.49950509494950346,2.8376375745858757) q[0];
tdg q[0];
iswap q[1],q[2];
s q[3];
rzx(0.4845139558462286) q[3],q[1];
id q[4];
rx(-2.4835736288522074) q[1];
rccx q[1],q[3],q[4];
dcx q[2],q[1];
cu(2.3195119859272744,2.3673722353409747,0.1714133706589056,1.2503069277169443) q[2],q[0];
cp(1.9967846786472858) q[1],q[3];
csx q[2],q[0];
cp(2.516664475861319) q[0],q[4];
sxdg q[3];
id q[4];
p(1.2520485244686217) q[2];
u2(0.2996217225790483,0.5816389301779679) q[3];
ccx q[3],q[2],q[4];
id q[1];
crz(1.6725177635745654) q[2],q[4];
u3(0.2607645499550304,0.3923519807056759,0.7349427589260866) q[1];
ccx q[1],q[0],q[2];
