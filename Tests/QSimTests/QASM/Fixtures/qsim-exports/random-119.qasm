OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
sx q[2];
csx q[4],q[1];
ch q[1],q[0];
cswap q[3],q[2],q[4];
crx(0.726) q[4],q[2];
rz(-0.486) q[4];
u1(0.92) q[3];
u1(-2.48) q[4];
crx(-2.031) q[0],q[1];
rzz(-2.666) q[4],q[2];
s q[3];
s q[4];
cx q[4],q[0];
cswap q[1],q[4],q[0];
h q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
