OPENQASM 2.0;
include "qelib1.inc";
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
rx(1.812) q[1];
sdg q[0];
ry(2.817) q[0];
z q[1];
cy q[1],q[0];
csx q[0],q[1];
x q[1];
tdg q[0];
cry(-0.703) q[0],q[1];
t q[0];
rz(-0.318) q[0];
cx q[1],q[0];
u3(-0.734,2.101,-0.392) q[1];
h q[0];
crx(-2.855) q[0],q[1];
s q[0];
tdg q[0];
t q[0];
crx(2.369) q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
