OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
rx(1.348) q[0];
sxdg q[1];
csx q[0],q[1];
s q[0];
u3(-2.491,0.12,-0.937) q[1];
x q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
