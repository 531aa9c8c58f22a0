OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
ryy(1.344) q[2],q[0];
rxx(-1.939) q[0],q[1];
h q[2];
rz(-1.306) q[0];
ry(2.361) q[2];
u1(-2.048) q[0];
swap q[0],q[1];
cu1(0.865) q[2],q[0];
u1(-1.598) q[2];
ry(2.004) q[1];
rzz(1.079) q[0],q[1];
h q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
