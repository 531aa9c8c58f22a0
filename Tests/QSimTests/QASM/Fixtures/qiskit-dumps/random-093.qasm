OPENQASM 2.0;
include "qelib1.inc";
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
gate mcx q0,q1,q2,q3,q4 { h q4; cp(pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(-pi/2) q3,q4; h q4; h q3; t q3; cx q2,q3; tdg q3; h q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; h q3; t q3; cx q2,q3; tdg q3; h q3; h q4; cp(pi/8) q0,q4; h q4; cx q0,q1; h q4; cp(-pi/8) q1,q4; h q4; cx q0,q1; h q4; cp(pi/8) q1,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; cx q1,q2; h q4; cp(-pi/8) q2,q4; h q4; cx q0,q2; h q4; cp(pi/8) q2,q4; h q4; }
gate mcx_1 q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
qreg q[5];
rzx(-0.8802305959254078) q[0],q[4];
swap q[1],q[4];
cswap q[0],q[1],q[2];
u1(0.7202052423391709) q[0];
ecr q[4],q[2];
cswap q[0],q[4],q[2];
t q[1];
mcx q[3],q[1],q[2],q[4],q[0];
cy q[1],q[3];
id q[0];
cx q[1],q[0];
u(-2.5108784930861114,1.5386631614735284,1.8725886053509484) q[1];
rzz(1.6587813283008952) q[4],q[3];
z q[2];
crz(1.9090427260312754) q[0],q[3];
cswap q[1],q[4],q[2];
rxx(0.9400773383048371) q[2],q[4];
mcx_1 q[0],q[4],q[1],q[3];
crx(0.01802413439519901) q[0],q[3];
u3(-2.906621463386701,-0.516654032513916,2.7213416839956333) q[1];
csx q[2],q[1];
