OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
x q[2];
cu1(-1.771) q[1],q[2];
swap q[2],q[0];
cry(-2.823) q[2],q[0];
y q[2];
ryy(-0.599) q[2],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
