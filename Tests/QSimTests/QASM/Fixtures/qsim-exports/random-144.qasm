OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
rzz(-2.925) q[1],q[2];
ch q[0],q[2];
t q[1];
swap q[0],q[2];
x q[1];
h q[2];
cu1(0.161) q[0],q[2];
cy q[1],q[2];
t q[0];
rxx(-1.28) q[0],q[1];
cz q[2],q[0];
cswap q[0],q[1],q[2];
t q[1];
rx(-0.859) q[0];
x q[1];
cy q[0],q[2];
crz(2.398) q[0],q[2];
cswap q[1],q[2],q[0];
z q[2];
cz q[2],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
