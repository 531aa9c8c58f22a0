OPENQASM 2.0;
include "qelib1.inc";
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
z q[0];
csx q[0],q[3];
cz q[4],q[2];
ccx q[4],q[1],q[3];
ch q[1],q[4];
cswap q[4],q[2],q[1];
s q[0];
rx(-2.726) q[3];
h q[1];
cx q[2],q[4];
rzz(2.682) q[3],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
