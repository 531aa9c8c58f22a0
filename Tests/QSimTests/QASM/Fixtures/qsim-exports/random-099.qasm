OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
ry(1.442) q[2];
sdg q[0];
s q[2];
csx q[1],q[2];
sxdg q[0];
crz(2.922) q[1],q[2];
ryy(0.428) q[2],q[1];
tdg q[0];
cz q[2],q[0];
crx(1.675) q[2],q[1];
u1(2.371) q[0];
t q[0];
swap q[1],q[2];
x q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
