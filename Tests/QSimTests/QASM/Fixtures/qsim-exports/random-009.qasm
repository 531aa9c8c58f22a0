OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
z q[1];
ry(1.563) q[1];
rxx(-0.433) q[1],q[0];
swap q[1],q[0];
sx q[0];
t q[0];
tdg q[1];
h q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
