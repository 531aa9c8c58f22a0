OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
swap q[3],q[1];
u1(-1.438) q[2];
cx q[0],q[1];
cry(2.329) q[3],q[0];
ch q[3],q[0];
cz q[0],q[3];
crz(-0.167) q[0],q[3];
t q[3];
ch q[0],q[1];
ryy(-1.352) q[0],q[1];
ch q[1],q[3];
u3(-0.133,-1.698,-0.535) q[2];
swap q[1],q[0];
rx(-2.024) q[3];
cry(2.69) q[1],q[0];
cu1(2.437) q[0],q[2];
y q[1];
u1(0.278) q[1];
cry(-0.794) q[1],q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
