OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[5];
cy q[2],q[4];
sxdg q[3];
rxx(1.539) q[3],q[0];
crx(-1.796) q[3],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
