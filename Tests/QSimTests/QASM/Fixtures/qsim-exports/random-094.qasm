OPENQASM 2.0;
include "qelib1.inc";
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
x q[1];
crx(-2.797) q[0],q[1];
z q[0];
cu1(-2.074) q[0],q[1];
csx q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
