OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[2];
ry(2.2537687566567026) q[0];
rz(2.3383538776933754) q[0];
ry(1.3948684362898383) q[1];
rz(-1.421053864509143) q[1];
ryy(-2.5676266975778583) q[0],q[1];
