OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
rx(0.252) q[1];
csx q[1],q[0];
cy q[1],q[0];
z q[0];
cy q[1],q[0];
u1(2.402) q[0];
crx(0.684) q[0],q[1];
rz(-1.082) q[1];
s q[1];
sx q[1];
cx q[1],q[0];
tdg q[1];
s q[0];
sdg q[1];
sx q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
