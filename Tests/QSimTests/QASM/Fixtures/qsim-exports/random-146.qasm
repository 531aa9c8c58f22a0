OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
qreg q[2];
cry(-2.022) q[0],q[1];
sdg q[1];
swap q[0],q[1];
crx(2.183) q[0],q[1];
cry(0.387) q[1],q[0];
swap q[1],q[0];
u3(0.486,2.74,1.368) q[1];
x q[1];
ch q[1],q[0];
cz q[0],q[1];
cry(-0.029) q[0],q[1];
x q[1];
ry(-0.487) q[0];
u3(-1.59,1.425,-0.109) q[0];
crx(0.819) q[1],q[0];
ry(2.503) q[1];
x q[1];
csx q[1],q[0];
sxdg q[0];
x q[0];
cy q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
