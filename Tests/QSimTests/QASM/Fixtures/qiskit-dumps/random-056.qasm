OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[2];
ryy(-1.1931534662398673) q[1],q[0];
p(-0.7518747917615114) q[0];
cy q[1],q[0];
u2(1.5542792188849814,-1.7345387464271662) q[0];
crx(1.0794523371910536) q[0],q[1];
rx(-1.8806344228687821) q[0];
id q[0];
crx(-2.2459703881343316) q[0],q[1];
ryy(1.0509097060770536) q[0],q[1];
y q[1];
ch q[0],q[1];
iswap q[1],q[0];
ecr q[0],q[1];
rzx(-0.010787782738868934) q[1],q[0];
ch q[0],q[1];
id q[0];
t q[0];
cy q[1],q[0];
