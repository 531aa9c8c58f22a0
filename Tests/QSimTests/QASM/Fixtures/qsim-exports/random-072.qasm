OPENQASM 2.0;
include "qelib1.inc";
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
sdg q[2];
y q[0];
tdg q[2];
x q[2];
h q[0];
crz(-2.629) q[3],q[0];
y q[3];
ryy(-0.483) q[2],q[1];
sdg q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
