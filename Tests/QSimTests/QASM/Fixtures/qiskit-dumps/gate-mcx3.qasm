OPENQASM 2.0;
include "qelib1.inc";
gate mcx q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
qreg q[4];
ry(2.0250123032057945) q[0];
rz(-1.880337363929567) q[0];
ry(2.0517452990137186) q[1];
rz(-2.6700506404264104) q[1];
ry(2.6321481613304734) q[2];
rz(1.7819846751003006) q[2];
ry(2.690924270366842) q[3];
rz(-2.0325250729591087) q[3];
mcx q[0],q[1],q[2],q[3];
