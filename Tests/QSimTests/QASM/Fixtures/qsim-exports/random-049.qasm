OPENQASM 2.0;
include "qelib1.inc";
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[4];
u3(2.732,1.611,1.334) q[3];
ccx q[0],q[3],q[2];
crz(-1.242) q[0],q[1];
rxx(-2.021) q[0],q[3];
rz(-0.206) q[2];
u3(2.786,-0.884,-2.355) q[2];
rx(-1.876) q[1];
cz q[1],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
