OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[3];
y q[0];
csx q[2],q[0];
u3(-0.171,1.036,-1.039) q[0];
ccx q[0],q[2],q[1];
rxx(1.733) q[0],q[1];
tdg q[1];
y q[1];
rzz(-1.633) q[1],q[0];
cy q[0],q[1];
swap q[0],q[1];
ryy(-2.212) q[1],q[2];
s q[1];
u3(-0.945,1.062,-1.141) q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
