OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[5];
ch q[4],q[0];
ryy(-0.161) q[0],q[3];
rx(-0.701) q[1];
s q[0];
cx q[3],q[2];
u1(0.298) q[2];
ccx q[3],q[4],q[2];
rx(1.265) q[0];
cz q[0],q[3];
crx(-2.23) q[0],q[2];
x q[0];
u1(2.141) q[3];
sxdg q[4];
u1(-1.046) q[0];
cu1(-0.408) q[3],q[1];
rxx(-0.771) q[3],q[0];
crx(-2.762) q[1],q[0];
tdg q[3];
ch q[1],q[4];
cu3(0.3,-0.7,1.1) q[0],q[1];
