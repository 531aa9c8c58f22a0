OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[2];
dcx q[1],q[0];
rxx(2.563563615552229) q[1],q[0];
u2(2.843152777806404,-2.3776038655301788) q[1];
tdg q[1];
u(2.9924406631837774,-1.0242062098925893,0.6466667149484859) q[1];
sdg q[1];
h q[0];
cu1(1.7047905657318285) q[0],q[1];
sxdg q[1];
rxx(1.502925092869531) q[1],q[0];
ryy(-2.137921761617532) q[1],q[0];
iswap q[1],q[0];
rzx(2.0906660010176186) q[0],q[1];
y q[1];
