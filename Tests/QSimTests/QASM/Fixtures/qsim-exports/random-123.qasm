OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
rz(-0.732) q[0];
cy q[1],q[0];
cz q[1],q[0];
sx q[1];
sx q[1];
t q[1];
h q[0];
ch q[1],q[0];
tdg q[1];
t q[1];
u1(-2.736) q[1];
y q[1];
cry(0.655) q[0],q[1];
swap q[1],q[0];
sxdg q[0];
t q[0];
csx q[0],q[1];
y q[0];
u3(1.5,0.289,0.021) q[1];
sx q[1];
ch q[0],q[1];
crx(-2.171) q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
