OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate mcx q0,q1,q2,q3,q4 { h q4; cp(pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(-pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(pi/8) q0,q4; h q4; cx q0,q1; h q4; cp(-pi/8) q1,q4; h q4; cx q0,q1; h q4; cp(pi/8) q1,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[5];
s q[1];
h q[1];
h q[0];
dcx q[1],q[2];
rzx(2.5330788090501475) q[0],q[3];
cu1(2.1946343654854044) q[0],q[4];
cu(-1.9880914557802305,-0.05213978562580568,2.0712909599039238,1.091115533021136) q[3],q[0];
ecr q[2],q[1];
ecr q[2],q[4];
id q[4];
mcx q[2],q[0],q[3],q[1],q[4];
id q[2];
p(-1.5241211653442546) q[4];
z q[3];
sx q[2];
ryy(1.4567104104402153) q[1],q[0];
rzz(-0.033439467042281734) q[1],q[4];
cz q[3],q[1];
id q[1];
cp(0.032671507867052973) q[4],q[1];
rxx(1.7779233564111543) q[0],q[1];
