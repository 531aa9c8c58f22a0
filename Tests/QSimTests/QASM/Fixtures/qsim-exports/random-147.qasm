OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[3];
h q[1];
crx(0.324) q[0],q[2];
cx q[0],q[2];
ry(-0.326) q[0];
rz(-1.806) q[2];
crz(1.058) q[2],q[1];
x q[0];
cz q[2],q[1];
csx q[2],q[1];
sxdg q[1];
y q[1];
h q[0];
cry(-2.367) q[1],q[2];
ry(2.429) q[0];
x q[2];
rxx(-0.22) q[0],q[1];
rz(-1.527) q[2];
cy q[1],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
