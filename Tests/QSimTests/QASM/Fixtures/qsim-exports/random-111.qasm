OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
u3(2.34,1.609,-0.958) q[2];
rx(-1.003) q[0];
cry(-1.687) q[2],q[1];
cy q[0],q[1];
h q[1];
y q[2];
sx q[3];
crx(1.818) q[3],q[2];
sx q[3];
t q[0];
swap q[0],q[4];
cu1(-0.847) q[3],q[4];
cswap q[0],q[1],q[2];
cy q[0],q[3];
cu1(-2.396) q[0],q[3];
u3(2.806,1.234,0.004) q[1];
u1(0.965) q[3];
rzz(-2.819) q[2],q[1];
sx q[0];
sx q[2];
sdg q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
