OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[2];
crz(-1.0461210165804007) q[0],q[1];
cu(-0.9073350276010954,1.923867765287273,2.399032199376233,0.09077084014454684) q[1],q[0];
y q[1];
ryy(0.10987433774991029) q[0],q[1];
z q[1];
ch q[0],q[1];
rx(2.1586574386155553) q[1];
cz q[1],q[0];
