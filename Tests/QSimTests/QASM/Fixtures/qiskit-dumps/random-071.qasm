OPENQASM 2.0;
include "qelib1.inc";
gate mcx q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
gate rcccx q0,q1,q2,q3 { h q3; t q3; cx q2,q3; tdg q3; h q3; cx q0,q3; t q3; cx q1,q3; tdg q3; cx q0,q3; t q3; cx q1,q3; tdg q3; h q3; t q3; cx q2,q3; tdg q3; h q3; }
qreg q[4];
mcx q[0],q[1],q[3],q[2];
ry(-2.4795352131356907) q[0];
rcccx q[1],q[2],q[0],q[3];
cu1(1.5640321581097067) q[2],q[3];
h q[0];
swap q[0],q[1];
id q[1];
cz q[3],q[1];
p(2.8816299102787664) q[0];
rx(0.6241249210108517) q[1];
rx(1.8467953981442244) q[2];
sxdg q[0];
ry(-0.8935455139710515) q[3];
u2(-2.584044765044708,-1.5030521259515341) q[2];
y q[3];
cp(-0.03656933734582868) q[2],q[1];
p(-1.7723381681816646) q[1];
h q[3];
cp(0.2766960257765749) q[2],q[0];
