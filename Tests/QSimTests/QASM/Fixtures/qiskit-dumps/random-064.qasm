OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[5];
c3sqrtx q[4],q[3],q[2],q[0];
t q[2];
dcx q[1],q[4];
u(2.1679884828657103,-0.35978216536671237,1.3277315955434865) q[0];
cswap q[0],q[4],q[3];
p(0.5201782306605582) q[4];
