OPENQASM 2.0;
include "qelib1.inc";
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
gate iswap q0,q1 { s q0; s q1; h q0; cx q0,q1; cx q1,q0; h q1; }
qreg q[4];
dcx q[0],q[1];
rx(0.8938473188215452) q[1];
x q[2];
cp(2.2106727471905714) q[3],q[2];
p(0.4436471275686049) q[0];
t q[3];
rz(-1.9075460173333276) q[3];
h q[0];
y q[3];
y q[1];
u3(2.8340237381192175,-2.9681211765353517,1.6415622181660456) q[1];
h q[2];
cz q[1],q[2];
iswap q[1],q[0];
