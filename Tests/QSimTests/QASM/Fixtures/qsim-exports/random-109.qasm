OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
ccx q[2],q[1],q[0];
x q[0];
cz q[0],q[3];
cry(-2.722) q[3],q[1];
sx q[1];
cx q[0],q[3];
cry(0.117) q[1],q[3];
cy q[1],q[2];
h q[0];
rx(-1.512) q[1];
u3(-2.989,1.44,2.294) q[1];
rzz(-0.782) q[3],q[0];
ry(-1.232) q[1];
rx(0.935) q[1];
x q[1];
x q[2];
sx q[0];
rxx(-0.261) q[2],q[3];
t q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
