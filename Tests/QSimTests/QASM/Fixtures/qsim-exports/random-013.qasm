OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
csx q[0],q[1];
ry(0.549) q[0];
ry(1.885) q[1];
sdg q[0];
cry(-2.189) q[1],q[0];
u3(2.515,0.578,-0.392) q[1];
x q[0];
sxdg q[1];
h q[1];
cu1(-2.759) q[1],q[0];
tdg q[0];
tdg q[0];
cx q[1],q[0];
y q[0];
swap q[1],q[0];
u1(-0.049) q[0];
swap q[0],q[1];
z q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
