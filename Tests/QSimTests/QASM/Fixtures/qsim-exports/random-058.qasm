OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
sx q[1];
ccx q[0],q[1],q[2];
rz(2.587) q[0];
csx q[0],q[1];
cx q[1],q[2];
ryy(1.44) q[1],q[0];
ry(0.242) q[2];
u1(1.47) q[0];
ry(0.499) q[1];
crz(2.828) q[0],q[2];
sx q[2];
rxx(2.313) q[1],q[0];
u1(-0.243) q[0];
cz q[1],q[0];
sxdg q[2];
sxdg q[0];
csx q[1],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
