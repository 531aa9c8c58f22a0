OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
sx q[2];
rz(1.537) q[2];
u3(0.203,0.435,1.025) q[3];
cu1(-0.689) q[0],q[1];
t q[0];
csx q[2],q[1];
csx q[3],q[2];
u3(1.669,-0.58,2.108) q[0];
csx q[0],q[1];
csx q[2],q[0];
ryy(-0.888) q[3],q[1];
sxdg q[3];
t q[2];
tdg q[2];
y q[3];
rx(2.551) q[2];
rx(-0.112) q[1];
rzz(-1.255) q[1],q[0];
u1(-0.911) q[2];
swap q[2],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
