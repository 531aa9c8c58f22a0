OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[3];
rx(1.571) q[1];
cswap q[0],q[1],q[2];
cswap q[1],q[2],q[0];
y q[0];
cry(-1.832) q[1],q[0];
t q[2];
ch q[0],q[1];
rx(2.188) q[2];
ry(-1.934) q[1];
sdg q[2];
crz(2.201) q[1],q[0];
sx q[2];
swap q[1],q[2];
u3(-0.77,1.666,-1.378) q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
