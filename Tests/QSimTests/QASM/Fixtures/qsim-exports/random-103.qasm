OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
t q[0];
cx q[0],q[1];
cry(1.722) q[1],q[0];
cy q[2],q[0];
ryy(-1.912) q[0],q[2];
ch q[0],q[1];
t q[1];
crz(-2.644) q[0],q[2];
cy q[2],q[0];
t q[1];
rxx(1.074) q[2],q[1];
sx q[2];
crx(0.548) q[2],q[0];
sxdg q[2];
u1(1.817) q[2];
crz(-0.151) q[0],q[1];
cy q[0],q[1];
u3(-0.314,-1.816,-2.679) q[2];
u3(-0.548,0.281,2.204) q[2];
crz(1.183) q[2],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
