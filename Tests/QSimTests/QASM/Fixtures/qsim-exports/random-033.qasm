OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
z q[2];
y q[1];
rz(-2.825) q[2];
cry(2.198) q[2],q[0];
sx q[1];
ryy(1.242) q[1],q[0];
cz q[2],q[1];
cu1(-2.006) q[1],q[2];
rzz(1.213) q[2],q[1];
tdg q[0];
cx q[0],q[2];
cry(-1.013) q[1],q[0];
crz(-2.554) q[0],q[1];
s q[2];
rx(1.498) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
