OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[2];
u1(0.5317210966453927) q[0];
ryy(-2.0881948210121477) q[0],q[1];
id q[1];
cx q[0],q[1];
id q[1];
u(-0.6121965062157564,1.2313236808215544,-0.8377290596316245) q[1];
cu3(1.9837876293504122,-0.24248914053106985,1.1787724142263478) q[0],q[1];
tdg q[1];
rxx(-0.3362666318493135) q[1],q[0];
p(0.5684444615872994) q[0];
dcx q[1],q[0];
cry(-1.897532505518443) q[1],q[0];
t q[0];
iswap q[0],q[1];
id q[1];
