OPENQASM 2.0;
include "qelib1.inc";
gate mcx q0,q1,q2,q3,q4 { h q4; cp(pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(-pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(pi/8) q0,q4; h q4; cx q0,q1; h q4; cp(-pi/8) q1,q4; h q4; cx q0,q1; h q4; cp(pi/8) q1,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; }
gate mcx_1 q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
qreg q[5];
cu(-2.808921117546105,-1.3054431230772445,2.770747019518817,0.9859124067276959) q[1],q[2];
rz(2.2784959112065213) q[3];
u2(0.16497762037135644,1.4198270349148245) q[0];
mcx q[1],q[3],q[0],q[2],q[4];
x q[2];
cz q[1],q[0];
crx(2.2637169979101888) q[2],q[4];
tdg q[1];
sxdg q[1];
cu(-1.1475263225067358,1.9574875067796187,-0.22907331059113778,2.934235594778311) q[4],q[1];
cu3(-0.3994943119736396,-2.613610125893313,0.5023236664378015) q[4],q[0];
u(-0.19764046618204212,-1.1806640127778902,-1.8532993268510998) q[1];
cu1(-0.27783125195106884) q[3],q[2];
mcx_1 q[3],q[2],q[4],q[0];
id q[0];
z q[4];
ccx q[1],q[3],q[0];
rzx(-0.5039326612806785) q[4],q[0];
crx(-0.12469314697002476) q[1],q[4];
crz(1.6913455187542006) q[1],q[4];
h q[2];
