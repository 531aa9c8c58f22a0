OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[3];
cz q[0],q[2];
rxx(1.214) q[2],q[0];
ccx q[1],q[0],q[2];
crz(-0.215) q[2],q[1];
cry(0.675) q[1],q[2];
x q[1];
sx q[0];
z q[1];
cx q[0],q[1];
x q[2];
t q[0];
rz(-1.254) q[0];
rz(-2.658) q[0];
rx(-0.968) q[1];
cy q[1],q[0];
cswap q[0],q[1],q[2];
crz(-2.465) q[1],q[2];
tdg q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
