OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
u1(-2.242) q[1];
t q[3];
sx q[1];
u3(-2.89,-2.597,-0.623) q[1];
sxdg q[2];
s q[2];
u3(-2.35,2.65,-2.481) q[0];
z q[1];
crz(-2.566) q[0],q[1];
cx q[3],q[1];
rzz(2.234) q[0],q[1];
cswap q[2],q[0],q[1];
cry(0.56) q[3],q[2];
sxdg q[3];
ccx q[1],q[2],q[3];
rz(-0.828) q[3];
t q[0];
crz(-1.961) q[3],q[0];
ry(-1.456) q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
