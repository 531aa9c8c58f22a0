OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[4];
ry(2.767) q[3];
cu1(-2.383) q[3],q[1];
cu1(1.137) q[3],q[0];
h q[1];
u1(0.81) q[0];
sxdg q[2];
s q[3];
cz q[2],q[1];
tdg q[0];
csx q[3],q[2];
cy q[2],q[0];
u1(-2.504) q[3];
y q[2];
swap q[0],q[3];
sx q[2];
y q[3];
cy q[0],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
