OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
qreg q[2];
h q[0];
y q[0];
sxdg q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
