OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
rx(-2.675) q[1];
swap q[1],q[2];
u3(-2.887,-2.951,-0.549) q[2];
ryy(-2.329) q[0],q[1];
s q[3];
swap q[1],q[3];
ccx q[2],q[0],q[3];
y q[3];
h q[1];
cy q[0],q[1];
cx q[1],q[0];
rxx(-1.619) q[3],q[2];
crx(-2.099) q[3],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
