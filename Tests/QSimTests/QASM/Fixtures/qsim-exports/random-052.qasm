OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
x q[2];
sdg q[3];
csx q[1],q[3];
ccx q[3],q[1],q[0];
crz(-0.266) q[3],q[2];
csx q[1],q[2];
rzz(-1.932) q[0],q[3];
tdg q[2];
h q[2];
sx q[1];
y q[3];
crx(-1.942) q[3],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
