OPENQASM 2.0;
include "qelib1.inc";
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
x q[0];
csx q[0],q[1];
cz q[0],q[2];
ry(-1.964) q[2];
ch q[2],q[1];
crz(2.438) q[1],q[0];
z q[2];
cswap q[1],q[2],q[0];
rx(-2.87) q[0];
rz(0.078) q[2];
ryy(0.575) q[0],q[2];
cy q[1],q[0];
crz(0.096) q[1],q[2];
crx(-2.762) q[1],q[2];
csx q[1],q[0];
rzz(-2.828) q[2],q[1];
rx(1.972) q[1];
u3(-0.761,2.458,-1.246) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
