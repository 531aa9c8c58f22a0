OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
s q[1];
sx q[2];
z q[0];
sx q[2];
sdg q[3];
cswap q[4],q[0],q[3];
rzz(-0.52) q[4],q[0];
s q[1];
swap q[2],q[0];
cx q[0],q[4];
csx q[4],q[2];
crx(-0.496) q[4],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
