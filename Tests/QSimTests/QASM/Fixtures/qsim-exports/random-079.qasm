OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
swap q[1],q[0];
rxx(2.107) q[0],q[1];
y q[1];
crx(-0.73) q[0],q[1];
t q[1];
cy q[1],q[0];
x q[1];
z q[0];
u3(2.66,1.83,-1.407) q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
