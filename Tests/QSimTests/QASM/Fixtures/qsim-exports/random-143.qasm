OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
cx q[1],q[0];
cy q[1],q[0];
cy q[1],q[0];
cry(-1.295) q[1],q[0];
rxx(0.88) q[1],q[0];
rxx(1.623) q[1],q[0];
sxdg q[1];
s q[0];
crx(-2.761) q[0],q[1];
swap q[0],q[1];
sdg q[1];
u1(-0.268) q[0];
swap q[1],q[0];
sdg q[1];
cry(-0.579) q[1],q[0];
u1(0.419) q[0];
cry(-2.947) q[0],q[1];
ry(2.934) q[1];
cu1(-1.59) q[1],q[0];
ry(2.848) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
