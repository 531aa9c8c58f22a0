OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[3];
crz(-1.316) q[1],q[0];
crx(-0.85) q[0],q[1];
x q[1];
tdg q[2];
ccx q[0],q[2],q[1];
sxdg q[0];
h q[2];
u1(1.517) q[0];
sdg q[2];
cswap q[2],q[0],q[1];
z q[2];
cz q[1],q[2];
rxx(-1.526) q[1],q[2];
ccx q[2],q[0],q[1];
sx q[2];
sxdg q[2];
csx q[2],q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
