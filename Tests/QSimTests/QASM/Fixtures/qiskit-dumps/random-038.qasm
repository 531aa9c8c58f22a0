OPENQASM 2.0;
include "qelib1.inc";
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[5];
rzx(-2.3906004995302204) q[2],q[3];
ch q[0],q[1];
rccx q[2],q[4],q[1];
dcx q[2],q[4];
cp(2.9424280358608907) q[4],q[3];
tdg q[4];
u(0.1682949582565767,-2.155023406298538,0.161077480604352) q[0];
ccx q[2],q[0],q[3];
cp(-2.3852982111185392) q[0],q[1];
cu1(-2.479319746021787) q[3],q[2];
ecr q[1],q[2];
cu1(2.460603583697554) q[3],q[2];
c3sqrtx q[2],q[1],q[3],q[4];
iswap q[1],q[2];
u(-1.564803264007573,1.37150933895939,-1.5117162777095596) q[0];
z q[3];
