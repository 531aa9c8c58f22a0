OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[3];
u3(2.217,-1.014,2.085) q[2];
cswap q[0],q[1],q[2];
h q[0];
csx q[2],q[0];
ccx q[1],q[0],q[2];
s q[0];
rz(0.36) q[1];
sdg q[1];
csx q[2],q[0];
ch q[0],q[2];
cz q[2],q[1];
ryy(-2.349) q[0],q[1];
cswap q[2],q[0],q[1];
rx(1.157) q[0];
u3(-2.125,0.119,2.687) q[0];
swap q[2],q[0];
tdg q[1];
u3(2.568,-2.551,-1.189) q[0];
y q[2];
z q[2];
ch q[0],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
