OPENQASM 2.0;
include "qelib1.inc";
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate mcx q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
qreg q[4];
csx q[0],q[1];
sx q[0];
ccx q[0],q[1],q[3];
rzx(-1.968770240747215) q[3],q[1];
sdg q[1];
rxx(-2.694857520339384) q[1],q[3];
rccx q[1],q[2],q[3];
id q[0];
cu3(-1.4134640498920283,0.8557511011186971,1.9002866217480392) q[0],q[3];
u(2.4419281387553617,0.5911015737042811,-2.267453054525307) q[3];
t q[1];
mcx q[3],q[1],q[0],q[2];
cu1(2.2660840577682055) q[0],q[3];
cry(-2.1059985308564446) q[0],q[1];
