OPENQASM 2.0;
include "qelib1.inc";
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
csx q[3],q[0];
s q[2];
cz q[1],q[0];
cry(-2.754) q[1],q[2];
cy q[0],q[1];
cswap q[3],q[1],q[2];
rzz(-1.939) q[3],q[0];
crx(1.637) q[0],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
