OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
s q[0];
u3(-2.478,2.354,0.21) q[1];
tdg q[1];
t q[0];
sdg q[2];
s q[0];
cx q[2],q[1];
u1(2.517) q[0];
rxx(2.987) q[2],q[1];
sxdg q[0];
t q[0];
sdg q[2];
ryy(0.48) q[1],q[0];
h q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
