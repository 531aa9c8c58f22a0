OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
cry(2.516) q[1],q[0];
z q[0];
x q[0];
z q[0];
cx q[0],q[1];
rz(-0.431) q[0];
u1(-2.029) q[0];
t q[1];
sdg q[1];
cu1(0.635) q[1],q[0];
sdg q[0];
swap q[1],q[0];
rxx(0.115) q[1],q[0];
u3(2.701,-0.231,-0.551) q[1];
ch q[1],q[0];
swap q[0],q[1];
ch q[1],q[0];
csx q[1],q[0];
ry(1.964) q[0];
s q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
