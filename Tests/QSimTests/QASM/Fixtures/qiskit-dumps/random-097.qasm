OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[3];
ch q[0],q[2];
ryy(1.6424485463615612) q[0],q[1];
ch q[0],q[2];
iswap q[1],q[2];
x q[1];
rx(2.402365578959504) q[0];
ry(1.576954696123619) q[2];
sdg q[0];
p(-1.5932741507076091) q[2];
y q[0];
y q[0];
id q[2];
rxx(-1.3322429847553097) q[2],q[0];
cx q[1],q[0];
rx(-1.9131524553552273) q[2];
z q[2];
