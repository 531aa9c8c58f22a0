OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[4];
sx q[2];
cz q[0],q[2];
tdg q[2];
s q[0];
tdg q[0];
u1(-2.372) q[0];
csx q[3],q[0];
ry(-0.675) q[0];
crx(2.389) q[2],q[0];
rx(0.233) q[1];
z q[1];
cu1(2.18) q[3],q[0];
cswap q[3],q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
