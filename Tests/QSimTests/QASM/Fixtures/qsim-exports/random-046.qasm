OPENQASM 2.0;
include "qelib1.inc";
gate sx a { h a; s a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate csx a,b { h b; cu1(pi/2) a,b; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[4];
sx q[2];
rzz(-1.852) q[2],q[1];
csx q[1],q[3];
h q[0];
csx q[3],q[1];
rx(1.254) q[3];
swap q[0],q[3];
cry(-2.276) q[2],q[1];
t q[2];
sx q[1];
cz q[3],q[2];
ccx q[1],q[3],q[2];
ch q[0],q[1];
t q[2];
ryy(2.398) q[3],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
