OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
x q[1];
rxx(-0.662) q[1],q[0];
swap q[0],q[1];
sxdg q[1];
x q[0];
cy q[1],q[0];
h q[0];
csx q[1],q[0];
rz(2.275) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
