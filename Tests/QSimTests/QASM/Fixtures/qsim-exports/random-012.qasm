OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
ryy(1.125) q[2],q[0];
ccx q[0],q[2],q[1];
sxdg q[2];
cry(1.053) q[1],q[0];
ryy(2.833) q[2],q[0];
h q[0];
z q[2];
sdg q[2];
cz q[0],q[2];
u3(0.349,-1.436,0.267) q[0];
u3(-2.033,-0.644,1.171) q[1];
y q[1];
u3(-2.699,-2.53,1.114) q[1];
h q[0];
y q[1];
x q[0];
cu1(1.961) q[1],q[2];
cz q[1],q[0];
u1(1.999) q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
