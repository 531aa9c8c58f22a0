OPENQASM 2.0;
include "qelib1.inc";
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
z q[1];
rz(-2.597) q[2];
z q[2];
cz q[0],q[1];
cswap q[1],q[2],q[3];
cswap q[3],q[0],q[1];
cu1(1.289) q[0],q[3];
ryy(1.084) q[0],q[3];
crz(0.341) q[3],q[0];
rx(0.298) q[1];
x q[3];
h q[1];
ry(-2.967) q[1];
cz q[2],q[1];
cswap q[2],q[0],q[3];
sdg q[0];
tdg q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
