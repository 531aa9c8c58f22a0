OPENQASM 2.0;
include "qelib1.inc";
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[5];
h q[2];
crz(-0.804) q[3],q[0];
cswap q[0],q[3],q[2];
cy q[1],q[0];
ch q[3],q[4];
rxx(2.781) q[3],q[4];
cu1(-1.181) q[4],q[1];
ch q[3],q[0];
tdg q[4];
x q[2];
crz(2.207) q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
