OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
rzz(1.276) q[1],q[2];
ryy(2.9) q[1],q[0];
sdg q[1];
rxx(-1.313) q[0],q[2];
t q[1];
ry(-0.252) q[1];
h q[1];
u3(1.019,0.599,0.738) q[2];
rz(-2.952) q[1];
sx q[0];
ryy(-1.54) q[0],q[1];
ch q[0],q[2];
sdg q[2];
cy q[0],q[1];
ryy(0.96) q[2],q[1];
cy q[2],q[1];
sxdg q[1];
rzz(0.903) q[1],q[0];
ccx q[0],q[2],q[1];
sxdg q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
