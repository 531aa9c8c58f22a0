OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
h q[1];
u1(1.984) q[0];
rz(2.276) q[2];
cz q[1],q[2];
u3(-0.53,-0.074,2.903) q[2];
cy q[1],q[2];
y q[0];
ry(1.524) q[2];
sxdg q[1];
y q[0];
ch q[2],q[1];
cz q[2],q[0];
s q[1];
s q[1];
sx q[0];
sxdg q[2];
t q[1];
ch q[1],q[2];
rzz(-1.437) q[1],q[0];
cz q[0],q[1];
h q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
