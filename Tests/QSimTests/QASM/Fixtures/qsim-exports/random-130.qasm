OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
u3(-0.883,2.762,2.645) q[0];
cu1(0.546) q[1],q[0];
cx q[1],q[0];
sxdg q[0];
rx(-1.895) q[0];
cry(1.933) q[1],q[0];
sdg q[0];
crx(2.72) q[1],q[0];
csx q[1],q[0];
t q[1];
h q[1];
ry(2.78) q[0];
y q[0];
cu1(-1.952) q[0],q[1];
cry(1.995) q[1],q[0];
crz(1.704) q[0],q[1];
sx q[0];
s q[0];
csx q[0],q[1];
cy q[0],q[1];
rz(-2.527) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
