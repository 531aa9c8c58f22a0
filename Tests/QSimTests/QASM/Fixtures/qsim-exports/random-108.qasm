OPENQASM 2.0;
include "qelib1.inc";
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cswap a,b,c { cx c,b; ccx a,b,c; cx c,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[3];
sdg q[2];
csx q[0],q[1];
cswap q[1],q[0],q[2];
ry(-1.23) q[2];
cu1(-0.252) q[1],q[2];
ccx q[2],q[1],q[0];
cz q[2],q[0];
crz(1.326) q[0],q[1];
rxx(-2.334) q[1],q[2];
swap q[1],q[2];
cswap q[0],q[2],q[1];
rx(-1.121) q[1];
cu1(-0.908) q[1],q[2];
csx q[0],q[1];
s q[1];
y q[0];
crx(2.704) q[0],q[1];
x q[1];
cu3(0.3,-0.7,1.1) q[0],q[1];
