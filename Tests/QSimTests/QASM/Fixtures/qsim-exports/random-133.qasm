OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
t q[1];
csx q[0],q[1];
x q[0];
t q[0];
crx(0.385) q[1],q[0];
cry(0.014) q[1],q[0];
sdg q[0];
u1(-1.291) q[0];
cry(-0.398) q[0],q[1];
sdg q[1];
swap q[0],q[1];
ry(1.988) q[1];
cy q[1],q[0];
t q[0];
sxdg q[1];
z q[1];
tdg q[0];
u3(-0.439,0.657,1.009) q[1];
cz q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
