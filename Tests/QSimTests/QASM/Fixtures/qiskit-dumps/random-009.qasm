OPENQASM 2.0;
include "qelib1.inc";
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[5];
ch q[2],q[1];
s q[0];
cy q[4],q[3];
rcccx q[0],q[2],q[3],q[4];
rzx(-0.7258823736273858) q[3],q[4];
h q[1];
rx(-2.6919958541863775) q[1];
csx q[4],q[0];
iswap q[3],q[0];
sx q[1];
ecr q[1],q[3];
u(1.6354814291030273,2.4682756756196973,-0.620742546863061) q[2];
u1(-1.8031006734609283) q[0];
crx(-2.6712638633334915) q[3],q[4];
y q[0];
rx(-0.45164788948445356) q[0];
rcccx q[0],q[4],q[2],q[3];
sdg q[2];
u3(2.354851309217673,-2.200899636457737,2.505944789236702) q[4];
u(0.43786885574795154,0.22552585248319712,-1.8109472653221745) q[0];
cswap q[1],q[0],q[2];
rccx q[1],q[4],q[2];
