OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[3];
iswap q[2],q[1];
u(-1.1091261598682813,-1.7167135824345898,2.147089909814623) q[2];
cz q[1],q[0];
p(1.2374265643524165) q[1];
sxdg q[0];
sx q[1];
sx q[0];
sdg q[2];
csx q[2],q[0];
