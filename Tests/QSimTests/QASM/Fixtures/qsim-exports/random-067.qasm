OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate sxdg a { h a; sdg a; h a; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[4];
sdg q[0];
cswap q[0],q[1],q[2];
sx q[1];
ch q[3],q[1];
cy q[1],q[0];
u3(0.646,-2.919,2.479) q[2];
cswap q[2],q[3],q[1];
y q[3];
ry(-2.968) q[3];
cz q[0],q[1];
sxdg q[1];
rxx(-1.274) q[1],q[2];
ryy(-2.402) q[1],q[2];
x q[1];
tdg q[3];
t q[3];
tdg q[2];
ry(-1.143) q[2];
u3(2.769,-0.907,-2.398) q[2];
rx(-2.081) q[3];
cu3(0.3,-0.7,1.1) q[0],q[1];
