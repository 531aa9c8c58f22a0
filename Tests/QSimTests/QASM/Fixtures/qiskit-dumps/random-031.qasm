OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[2];
x q[1];
z q[0];
y q[0];
rzz(-1.6091858575562985) q[0],q[1];
u1(0.9729999330915793) q[0];
tdg q[1];
ryy(-0.5245795009316963) q[0],q[1];
u2(1.6214874359876763,2.3260142685299723) q[1];
sdg q[0];
cy q[1],q[0];
dcx q[0],q[1];
t q[1];
iswap q[0],q[1];
s q[1];
y q[0];
z q[1];
u2(-2.483323094172219,0.18740021593968414) q[1];
t q[0];
