OPENQASM 2.0;
include "qelib1.inc";
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[4];
rzz(-2.075179013656764) q[1],q[3];
cu1(2.3115783929461156) q[0],q[3];
ecr q[1],q[0];
ccx q[0],q[3],q[2];
crx(1.743286090770944) q[1],q[0];
sxdg q[1];
csx q[0],q[2];
rzz(-2.3501942760676986) q[2],q[0];
u2(2.724798808997969,-1.6861744838430162) q[1];
rxx(-1.3532591581655045) q[1],q[0];
rzx(2.411676328908979) q[1],q[2];
sdg q[0];
