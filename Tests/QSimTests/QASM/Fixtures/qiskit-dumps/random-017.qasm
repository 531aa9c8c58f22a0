OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[5];
ch q[2],q[1];
dcx q[4],q[2];
x q[0];
rx(-0.6949733727342151) q[3];
ry(2.1582292691589595) q[2];
c3sqrtx q[3],q[1],q[2],q[0];
y q[1];
z q[4];
ryy(1.8107639084095295) q[1],q[2];
rxx(-2.25899760950553) q[0],q[2];
crx(-2.5088168751915445) q[3],q[1];
ecr q[3],q[2];
