OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
qreg q[4];
cry(0.981) q[1],q[0];
crx(-0.314) q[1],q[0];
sx q[0];
z q[2];
swap q[1],q[2];
u3(-0.409,1.891,-0.415) q[0];
ch q[0],q[3];
cswap q[1],q[3],q[0];
ch q[1],q[0];
u3(1.297,-0.056,2.442) q[0];
cu1(1.849) q[1],q[2];
u1(2.387) q[1];
crz(-2.397) q[1],q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
