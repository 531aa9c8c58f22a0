OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
s q[1];
cz q[0],q[1];
crx(1.083) q[1],q[0];
rxx(1.012) q[1],q[0];
ch q[0],q[1];
cz q[1],q[0];
s q[0];
ry(-1.178) q[0];
x q[0];
sxdg q[0];
cx q[0],q[1];
cry(-1.55) q[1],q[0];
cu1(-2.265) q[0],q[1];
rx(1.093) q[0];
sdg q[0];
cx q[0],q[1];
u1(2.851) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
