OPENQASM 2.0;
include "qelib1.inc";
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
gate mcx q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[5];
cu1(-0.2890060764026079) q[4],q[1];
s q[4];
cp(0.7792963213008113) q[1],q[0];
crz(-1.179592424252847) q[0],q[4];
rcccx q[3],q[4],q[2],q[0];
mcx q[0],q[4],q[3],q[2];
sdg q[1];
rcccx q[0],q[3],q[1],q[2];
rccx q[1],q[4],q[2];
sx q[3];
u3(0.9746971913422087,-0.25602071040265395,-1.3310226020166849) q[4];
u(1.2468577289876972,-1.1083366979067006,-1.6220045903525666) q[2];
u2(-2.5786590026404443,1.597727318462442) q[3];
p(2.0795017312870723) q[3];
id q[0];
ecr q[0],q[1];
t q[0];
cp(-0.7472207406002762) q[3],q[4];
id q[4];
c3sqrtx q[1],q[2],q[4],q[0];
