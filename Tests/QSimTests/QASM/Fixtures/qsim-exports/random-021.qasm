OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
cy q[0],q[1];
h q[1];
csx q[0],q[1];
cx q[1],q[0];
u1(-1.758) q[1];
z q[1];
cz q[0],q[1];
t q[1];
sx q[1];
z q[0];
sdg q[0];
u3(1.623,0.652,2.185) q[0];
tdg q[1];
tdg q[1];
sxdg q[1];
csx q[0],q[1];
x q[1];
z q[1];
sx q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
