OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[3];
cu1(2.7103062169604213) q[0],q[1];
swap q[1],q[0];
rxx(-2.272128846638484) q[2],q[1];
ry(-2.7126749012403497) q[2];
t q[1];
tdg q[1];
t q[0];
z q[0];
swap q[1],q[2];
t q[1];
cu1(0.3323979948064144) q[1],q[0];
dcx q[2],q[0];
s q[0];
id q[2];
h q[0];
h q[0];
rzx(-1.5766496224637756) q[1],q[2];
