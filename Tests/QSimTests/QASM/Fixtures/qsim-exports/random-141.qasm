OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
rxx(2.034) q[1],q[2];
rxx(-2.08) q[1],q[2];
cy q[1],q[2];
sx q[0];
crz(1.794) q[2],q[1];
u1(1.08) q[1];
t q[0];
ryy(-2.668) q[2],q[1];
u1(2.247) q[0];
rz(2.278) q[0];
swap q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
