OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
ry(-1.599) q[1];
rz(-0.914) q[2];
ccx q[2],q[0],q[1];
u1(-2.246) q[1];
cz q[2],q[1];
cu1(-0.502) q[2],q[0];
rxx(-1.454) q[0],q[1];
y q[0];
tdg q[1];
ryy(2.852) q[2],q[0];
cu1(1.897) q[0],q[2];
cswap q[2],q[0],q[1];
rz(1.372) q[0];
t q[1];
sx q[1];
h q[0];
cz q[0],q[1];
sx q[1];
tdg q[1];
x q[1];
cswap q[1],q[0],q[2];
t q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
