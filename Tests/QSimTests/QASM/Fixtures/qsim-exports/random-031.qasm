OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[4];
u3(0.917,0.023,0.307) q[1];
tdg q[2];
cy q[2],q[0];
rx(-1.626) q[2];
sxdg q[1];
rxx(-2.706) q[2],q[3];
cry(2.277) q[0],q[1];
y q[3];
z q[0];
crz(-2.596) q[0],q[2];
z q[2];
crz(0.247) q[2],q[3];
cry(-2.63) q[2],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
