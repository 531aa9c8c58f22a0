OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[4];
rz(2.782) q[3];
sdg q[3];
rxx(-0.481) q[1],q[3];
rxx(-2.039) q[1],q[0];
u1(-2.579) q[0];
x q[2];
x q[1];
rx(-2.118) q[2];
t q[1];
rz(-0.743) q[2];
ch q[1],q[0];
csx q[1],q[3];
cry(-2.685) q[1],q[0];
sxdg q[2];
x q[1];
cry(-2.134) q[2],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
