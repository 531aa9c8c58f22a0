OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
cu1(-0.561) q[2],q[0];
rx(0.614) q[0];
csx q[2],q[0];
y q[0];
rzz(0.783) q[1],q[2];
csx q[0],q[1];
swap q[1],q[2];
h q[2];
cry(2.573) q[2],q[3];
s q[0];
sxdg q[3];
cy q[1],q[3];
tdg q[2];
u1(-1.677) q[1];
rx(0.05) q[0];
cu1(-1.259) q[3],q[0];
csx q[0],q[2];
h q[2];
x q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
