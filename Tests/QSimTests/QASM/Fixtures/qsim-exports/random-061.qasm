OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[5];
swap q[1],q[2];
ryy(2.86) q[0],q[4];
ch q[4],q[1];
h q[1];
cy q[4],q[1];
rxx(1.128) q[1],q[0];
swap q[1],q[4];
u1(0.279) q[2];
rz(-1.876) q[3];
u3(0.609,1.753,1.184) q[1];
cry(0.693) q[4],q[3];
ch q[3],q[1];
y q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
