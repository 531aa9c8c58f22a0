OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[5];
csx q[3],q[0];
s q[0];
u3(-0.826,0.537,0.074) q[2];
rz(2.221) q[2];
crx(0.063) q[2],q[0];
cswap q[1],q[3],q[0];
u1(-0.196) q[0];
rx(1.064) q[1];
ch q[0],q[2];
u3(-1.114,1.932,2.715) q[0];
u1(1.553) q[3];
z q[4];
crz(1.995) q[0],q[1];
cy q[0],q[2];
sx q[1];
sx q[4];
crz(-1.292) q[3],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
