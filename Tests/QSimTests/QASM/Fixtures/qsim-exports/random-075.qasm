OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[5];
swap q[4],q[2];
z q[1];
csx q[2],q[0];
cu1(1.285) q[4],q[2];
crx(0.694) q[2],q[1];
z q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
