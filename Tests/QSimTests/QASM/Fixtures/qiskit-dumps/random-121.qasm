OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[2];
iswap q[1],q[0];
rzx(1.794415020459498) q[0],q[1];
sx q[0];
cu1(-2.650075494824762) q[1],q[0];
u2(-0.17611601522840825,2.8290449318100466) q[1];
cp(0.5297147883178361) q[0],q[1];
s q[1];
x q[1];
rx(0.8876332384624002) q[1];
