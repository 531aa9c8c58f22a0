OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
qreg q[2];
t q[1];
sxdg q[1];
z q[1];
cy q[1],q[0];
t q[1];
crz(1.441) q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
