OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[5];
ch q[2],q[0];
u1(-2.306) q[2];
ccx q[0],q[3],q[1];
swap q[2],q[1];
x q[1];
cswap q[3],q[4],q[2];
cswap q[0],q[1],q[2];
sdg q[4];
ch q[4],q[3];
ryy(1.752) q[0],q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
