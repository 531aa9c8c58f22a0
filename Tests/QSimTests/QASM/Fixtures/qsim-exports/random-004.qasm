OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[3];
u1(-0.096) q[2];
crz(-0.05) q[0],q[1];
ch q[2],q[1];
cy q[1],q[0];
rx(-2.638) q[0];
cry(2.32) q[1],q[0];
cz q[1],q[0];
cu1(-2.8) q[2],q[0];
u3(1.94,0.186,-2.921) q[2];
sx q[0];
sxdg q[0];
cu1(0.759) q[1],q[2];
h q[2];
rz(1.431) q[0];
ccx q[0],q[1],q[2];
sxdg q[0];
cswap q[1],q[2],q[0];
swap q[2],q[0];
sxdg q[0];
sx q[0];
sxdg q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
