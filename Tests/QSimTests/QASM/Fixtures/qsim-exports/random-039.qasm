OPENQASM 2.0;
include "qelib1.inc";
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
rx(-0.961) q[1];
y q[1];
csx q[1],q[0];
cu1(-1.538) q[0],q[1];
cry(1.44) q[1],q[0];
rxx(-2.188) q[1],q[0];
crz(-0.048) q[1],q[0];
crx(1.02) q[0],q[1];
u3(-1.492,-2.38,0.142) q[1];
u1(0.648) q[0];
csx q[0],q[1];
y q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
