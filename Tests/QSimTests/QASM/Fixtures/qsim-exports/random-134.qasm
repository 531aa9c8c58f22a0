OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
crz(1.372) q[1],q[0];
sxdg q[2];
rxx(0.318) q[1],q[0];
cy q[2],q[0];
sxdg q[0];
u3(-0.62,-0.75,-1.199) q[1];
u1(1.666) q[0];
cu1(0.566) q[0],q[2];
ryy(-0.607) q[2],q[1];
s q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
