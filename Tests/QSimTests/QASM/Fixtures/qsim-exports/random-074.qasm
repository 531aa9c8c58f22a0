OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
qreg q[2];
sxdg q[0];
rxx(-2.881) q[0],q[1];
ry(-1.635) q[0];
cu1(-1.182) q[0],q[1];
rz(0.51) q[0];
s q[0];
x q[0];
swap q[0],q[1];
cry(2.296) q[1],q[0];
u3(2.309,2.517,-1.129) q[0];
cry(-2.949) q[0],q[1];
cx q[1],q[0];
crz(1.315) q[1],q[0];
sdg q[1];
ry(-1.78) q[0];
cx q[0],q[1];
ch q[1],q[0];
cu3(0.3,-0.7,1.1) q[0],q[1];
