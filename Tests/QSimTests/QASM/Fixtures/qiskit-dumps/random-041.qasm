OPENQASM 2.0;
include "qelib1.inc";
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[5];
tdg q[1];
ccx q[4],q[2],q[3];
rz(-0.6987356162683627) q[4];
u3(1.6872574053289355,0.96948583414453,2.0357881047576836) q[3];
z q[1];
rzx(-1.0866949632386516) q[2],q[0];
x q[4];
u1(-0.40441547929234645) q[2];
t q[0];
rzx(-0.8387658864703722) q[3],q[1];
ryy(1.0197138198556512) q[0],q[4];
z q[1];
cx q[2],q[4];
