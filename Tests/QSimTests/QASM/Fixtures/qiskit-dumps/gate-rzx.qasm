OPENQASM 2.0;
include "qelib1.inc";
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[2];
ry(1.4450343773990193) q[0];
rz(1.847609169487951) q[0];
ry(0.4399032524007829) q[1];
rz(-0.8160317450810552) q[1];
rzx(-1.8718272532446554) q[0],q[1];
