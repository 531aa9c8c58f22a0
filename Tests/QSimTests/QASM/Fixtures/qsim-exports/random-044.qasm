OPENQASM 2.0;
include "qelib1.inc";
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
gate rzz(theta) a,b { cx a,b; rz(theta) b; cx a,b; }
qreg q[5];
rxx(-1.724) q[1],q[3];
crx(0.006) q[4],q[1];
ry(-2.12) q[2];
ryy(2.109) q[0],q[3];
cz q[0],q[3];
ry(1.407) q[2];
s q[0];
crz(1.828) q[1],q[3];
ryy(-0.409) q[1],q[3];
rx(-1.847) q[2];
cu1(-2.016) q[2],q[0];
h q[3];
sdg q[4];
rzz(-2.811) q[4],q[0];
y q[0];
rx(-0.524) q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
