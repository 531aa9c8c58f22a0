OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
qreg q[3];
h q[0];
cswap q[0],q[1],q[2];
cu(2.6868654891664168,-1.0137951069105813,-0.2592114145805442,0.934930042856843) q[0],q[1];
cry(-2.597835160909881) q[1],q[2];
dcx q[1],q[2];
u3(-2.040977386987917,-0.4510259789432962,-1.9061217788295863) q[2];
iswap q[0],q[1];
ryy(-0.34786963726345865) q[1],q[0];
