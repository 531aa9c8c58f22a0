OPENQASM 2.0;
include "qelib1.inc";
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
u3(-2.286,2.786,-0.297) q[3];
u1(0.854) q[1];
sdg q[1];
x q[0];
ryy(1.675) q[3],q[0];
rz(-0.242) q[0];
cry(0.238) q[3],q[0];
u3(-2.933,1.804,-2.609) q[1];
rxx(-0.88) q[1],q[3];
rz(-1.486) q[3];
cx q[1],q[2];
cu1(2.445) q[1],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
