OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
cu1(-0.182) q[0],q[1];
z q[2];
rz(-0.652) q[2];
tdg q[2];
ry(-2.071) q[1];
rzz(0.306) q[3],q[1];
swap q[1],q[2];
sx q[0];
tdg q[0];
y q[1];
cz q[2],q[3];
sdg q[2];
cry(-1.955) q[0],q[1];
csx q[3],q[2];
csx q[2],q[3];
cy q[1],q[0];
u1(-0.822) q[0];
cx q[2],q[1];
rx(-0.182) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
