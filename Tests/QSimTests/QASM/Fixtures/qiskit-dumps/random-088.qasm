OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[5];
cy q[1],q[0];
cu(1.610644192847313,-2.9531153059386663,-0.9517229637789062,-0.21612309803783658) q[1],q[0];
iswap q[1],q[4];
crz(-0.5387982879423956) q[3],q[1];
sxdg q[1];
x q[3];
cy q[0],q[1];
rx(-0.34081261400785534) q[1];
tdg q[1];
