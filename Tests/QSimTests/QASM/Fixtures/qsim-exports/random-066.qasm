OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
swap q[3],q[0];
ch q[0],q[2];
cz q[3],q[1];
s q[3];
h q[3];
ch q[0],q[2];
sdg q[1];
cy q[0],q[3];
rz(2.929) q[0];
u1(-2.746) q[2];
u3(2.423,1.564,-1.251) q[3];
rzz(2.092) q[3],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
