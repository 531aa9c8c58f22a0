OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[4];
ryy(1.2692810536081467) q[2],q[3];
sdg q[3];
h q[1];
ecr q[0],q[1];
id q[1];
cp(-1.697373031320426) q[0],q[1];
id q[1];
