OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
t q[2];
crz(0.869) q[3],q[0];
cu1(1.251) q[2],q[0];
ch q[2],q[0];
cswap q[2],q[3],q[0];
u3(-1.722,2.794,2.226) q[0];
u3(-2.846,0.758,0.518) q[2];
sx q[3];
swap q[2],q[3];
rz(2.236) q[0];
rz(1.536) q[0];
ryy(0.337) q[1],q[2];
cy q[1],q[2];
csx q[2],q[1];
t q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
