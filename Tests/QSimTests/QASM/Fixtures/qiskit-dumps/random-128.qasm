OPENQASM 2.0;
include "qelib1.inc";
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[3];
csx q[1],q[0];
cp(-2.8273492015054087) q[0],q[1];
iswap q[2],q[1];
iswap q[2],q[1];
id q[0];
u2(-1.2543828892423416,-0.7686424647464696) q[2];
dcx q[1],q[0];
cswap q[2],q[1],q[0];
cz q[1],q[2];
cu(-0.9115062022204667,1.070477588828303,2.0562541747507073,-1.8158355245386693) q[2],q[0];
z q[2];
z q[0];
id q[2];
cu1(-1.403367722985239) q[2],q[1];
cz q[2],q[1];
