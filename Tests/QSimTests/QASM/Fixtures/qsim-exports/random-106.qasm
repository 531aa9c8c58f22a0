OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
ryy(1.15) q[2],q[1];
swap q[1],q[0];
cswap q[1],q[0],q[3];
rzz(1.62) q[1],q[2];
cu1(0.015) q[0],q[1];
cswap q[2],q[3],q[0];
x q[0];
sx q[0];
sdg q[3];
rxx(-1.42) q[2],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
