OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
swap q[0],q[3];
cswap q[2],q[1],q[0];
sxdg q[2];
cry(-1.204) q[2],q[0];
cz q[0],q[1];
ccx q[3],q[0],q[1];
swap q[2],q[1];
crz(-2.447) q[1],q[2];
y q[1];
swap q[3],q[2];
csx q[2],q[1];
crx(2.93) q[1],q[2];
u1(1.102) q[1];
swap q[1],q[3];
ryy(-1.016) q[2],q[3];
swap q[3],q[0];
cy q[1],q[2];
u3(0.968,2.194,0.422) q[2];
ryy(-2.205) q[2],q[1];
csx q[3],q[2];
ch q[2],q[3];
u1(-1.246) q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
