OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
u1(2.065) q[2];
sxdg q[1];
cx q[2],q[1];
u3(0.053,0.599,2.585) q[1];
ryy(2.162) q[2],q[1];
t q[0];
z q[0];
t q[1];
rz(-2.73) q[2];
t q[2];
u1(-1.243) q[2];
rx(1.375) q[0];
h q[1];
t q[0];
rx(-0.954) q[2];
rxx(-0.087) q[2],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
