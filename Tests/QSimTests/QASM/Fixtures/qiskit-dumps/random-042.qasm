OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[2];
rz(-1.5306488771791427) q[0];
p(1.0601969245374683) q[0];
iswap q[1],q[0];
