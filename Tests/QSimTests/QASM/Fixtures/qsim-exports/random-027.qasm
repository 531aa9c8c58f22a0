OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
u1(0.206) q[2];
h q[0];
tdg q[1];
csx q[1],q[0];
csx q[2],q[1];
rzz(2.6) q[2],q[0];
ch q[1],q[0];
z q[1];
crx(0.64) q[2],q[0];
ry(-1.414) q[0];
swap q[1],q[0];
cu1(1.428) q[1],q[0];
csx q[1],q[2];
sx q[0];
crz(0.729) q[0],q[1];
ryy(-2.691) q[2],q[1];
csx q[1],q[0];
swap q[2],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
