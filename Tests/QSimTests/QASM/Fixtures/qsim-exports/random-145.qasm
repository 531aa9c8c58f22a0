OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
sdg q[1];
csx q[0],q[1];
crx(-1.09) q[0],q[1];
sx q[0];
sxdg q[1];
cx q[1],q[0];
ry(-2.894) q[0];
sx q[1];
cu1(1.624) q[0],q[1];
crz(2.539) q[0],q[1];
y q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
