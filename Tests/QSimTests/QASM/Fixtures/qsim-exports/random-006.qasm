OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
ryy(-1.358) q[0],q[4];
swap q[3],q[4];
cswap q[0],q[3],q[4];
s q[0];
rxx(-2.896) q[0],q[1];
ccx q[0],q[1],q[2];
cx q[3],q[0];
cy q[1],q[0];
rz(2.504) q[1];
u1(-0.302) q[2];
cu1(-0.024) q[0],q[3];
ccx q[4],q[3],q[1];
sx q[2];
crz(0.38) q[3],q[1];
rzz(2.539) q[3],q[4];
ccx q[4],q[0],q[3];
ccx q[3],q[1],q[4];
ccx q[4],q[3],q[0];
u1(0.629) q[3];
tdg q[4];
sx q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
