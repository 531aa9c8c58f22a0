OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[3];
id q[1];
x q[1];
crz(-0.1665285385433002) q[1],q[0];
p(-0.07286006085511465) q[1];
cry(0.6446279777115618) q[0],q[1];
rz(1.3292401940446954) q[0];
rccx q[0],q[1],q[2];
u2(-2.8473248340392354,0.24847483676097948) q[1];
t q[1];
u2(0.1657764861743889,1.5822059707889373) q[1];
ryy(-1.6014932984545642) q[0],q[2];
cu1(2.713466731747163) q[0],q[1];
ryy(2.533131374819325) q[0],q[2];
iswap q[2],q[1];
x q[2];
cy q[2],q[1];
csx q[2],q[0];
sxdg q[1];
rccx q[1],q[2],q[0];
cp(-1.5435601587415941) q[1],q[2];
rzx(-1.9619555905256945) q[2],q[1];
