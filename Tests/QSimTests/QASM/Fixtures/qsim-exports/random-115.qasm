OPENQASM 2.0;
include "qelib1.inc";
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
x q[1];
cu1(1.544) q[1],q[0];
csx q[1],q[0];
crx(2.807) q[0],q[1];
rxx(-0.506) q[0],q[1];
cy q[0],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
