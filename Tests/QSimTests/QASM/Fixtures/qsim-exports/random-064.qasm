OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
t q[1];
rx(0.093) q[0];
t q[0];
cry(0.369) q[0],q[1];
t q[1];
h q[0];
cu1(-0.714) q[0],q[1];
csx q[1],q[0];
tdg q[1];
y q[1];
x q[1];
sx q[0];
cy q[1],q[0];
cy q[0],q[1];
cz q[0],q[1];
cu1(2.005) q[0],q[1];
sdg q[1];
cz q[0],q[1];
s q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
