OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate ecr q0,q1 { s q0; sx q1; cx q0,q1; x q0; }
qreg q[4];
cu1(-0.299737279985961) q[0],q[3];
tdg q[3];
sxdg q[0];
rx(-0.29411103549665807) q[2];
cry(2.0338006168004075) q[1],q[3];
ryy(2.274813093976709) q[2],q[0];
cu(-1.9602934586165217,1.6347546283354237,1.3724476994809693,0.7341027350476832) q[1],q[2];
s q[3];
ecr q[3],q[0];
cry(-0.8216325870154795) q[1],q[0];
