OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[3];
crx(-1.852) q[1],q[0];
rx(0.195) q[0];
ch q[2],q[1];
tdg q[1];
t q[2];
swap q[1],q[0];
sxdg q[2];
s q[0];
swap q[2],q[0];
tdg q[0];
x q[2];
csx q[0],q[1];
rxx(0.618) q[0],q[2];
ccx q[1],q[2],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
