OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[3];
id q[2];
s q[1];
z q[2];
sxdg q[2];
iswap q[0],q[2];
iswap q[0],q[1];
csx q[2],q[1];
iswap q[0],q[1];
sx q[0];
cu3(2.3981515997711496,2.2030046801430725,2.602713129381474) q[0],q[1];
