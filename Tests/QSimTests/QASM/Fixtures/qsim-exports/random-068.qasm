OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
t q[1];
ccx q[3],q[1],q[2];
x q[2];
cu1(-2.053) q[1],q[2];
h q[2];
ryy(2.619) q[0],q[2];
cry(2.698) q[3],q[0];
swap q[0],q[1];
crz(2.946) q[3],q[0];
cx q[2],q[1];
csx q[1],q[2];
z q[0];
x q[3];
cy q[0],q[2];
crz(-0.29) q[3],q[0];
ry(2.098) q[2];
t q[3];
cy q[0],q[2];
y q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
