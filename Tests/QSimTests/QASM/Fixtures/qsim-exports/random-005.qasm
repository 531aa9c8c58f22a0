OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[3];
crx(-0.877) q[2],q[1];
cu1(2.361) q[1],q[2];
ch q[2],q[0];
rxx(0.497) q[2],q[1];
sxdg q[1];
t q[2];
cz q[0],q[1];
cu1(-0.237) q[1],q[0];
cz q[0],q[1];
cy q[2],q[0];
csx q[2],q[0];
cz q[0],q[1];
crz(-1.558) q[2],q[0];
u3(-2.961,2.718,-1.499) q[1];
swap q[2],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
