OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
cx q[1],q[0];
cz q[0],q[2];
ccx q[2],q[3],q[1];
swap q[2],q[0];
ryy(-0.934) q[2],q[1];
ccx q[0],q[2],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
