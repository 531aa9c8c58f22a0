OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
ry(1.865) q[2];
x q[1];
ryy(-2.226) q[1],q[0];
cy q[0],q[1];
u3(-1.351,-1.041,-1.172) q[0];
z q[1];
ch q[0],q[1];
rz(-2.631) q[2];
h q[0];
ryy(0.971) q[1],q[0];
csx q[2],q[1];
z q[2];
u1(-2.498) q[1];
cu1(-2.079) q[2],q[1];
sx q[0];
rz(1.038) q[0];
sxdg q[2];
csx q[2],q[1];
ccx q[2],q[0],q[1];
swap q[0],q[1];
rz(-1.066) q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
