OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
z q[0];
tdg q[0];
cu1(-0.523) q[1],q[0];
rxx(2.245) q[1],q[0];
rxx(-0.211) q[0],q[1];
u1(2.575) q[1];
ch q[0],q[1];
t q[1];
crx(-0.377) q[0],q[1];
rz(-1.713) q[1];
swap q[0],q[1];
crz(2.565) q[1],q[0];
tdg q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
