OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
h q[0];
sx q[1];
crx(1.97) q[1],q[0];
x q[0];
csx q[1],q[0];
y q[0];
cz q[1],q[0];
cz q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
