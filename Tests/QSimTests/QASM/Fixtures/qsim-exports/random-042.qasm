OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
cy q[1],q[0];
cry(2.267) q[0],q[1];
cz q[1],q[0];
s q[0];
sx q[0];
cz q[0],q[1];
cu1(-0.188) q[1],q[0];
csx q[1],q[0];
u3(-1.847,0.863,-2.828) q[1];
sxdg q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
