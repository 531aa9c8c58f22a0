OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
rxx(0.086) q[2],q[3];
rz(1.834) q[1];
x q[1];
y q[2];
sxdg q[2];
swap q[0],q[2];
ccx q[3],q[0],q[1];
rxx(1.543) q[2],q[0];
csx q[2],q[0];
u1(-0.454) q[0];
swap q[2],q[0];
tdg q[0];
rx(-1.749) q[0];
s q[3];
rzz(-1.763) q[1],q[0];
ch q[0],q[3];
ccx q[0],q[2],q[3];
ccx q[0],q[1],q[2];
ccx q[2],q[3],q[0];
rz(2.842) q[0];
ch q[1],q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
