OPENQASM 2.0;
include "qelib1.inc";
gate sxdg a { h a; sdg a; h a; }
gate swap a,b { cx a,b; cx b,a; cx a,b; }
gate crx(theta) a,b { u1(pi/2) b; cx a,b; u3(-theta/2,0,0) b; cx a,b; u3(theta/2,-pi/2,0) b; }
gate cry(theta) a,b { ry(theta/2) b; cx a,b; ry(-theta/2) b; cx a,b; }
gate rxx(theta) a,b { h a; h b; cx a,b; rz(theta) b; cx a,b; h a; h b; }
gate ryy(theta) a,b { rx(pi/2) a; rx(pi/2) b; cx a,b; rz(theta) b; cx a,b; rx(-pi/2) a; rx(-pi/2) b; }
qreg q[5];
cu1(2.385) q[2],q[0];
rxx(1.5) q[3],q[1];
u1(0.287) q[4];
ccx q[0],q[1],q[3];
sxdg q[2];
cry(0.596) q[1],q[4];
sdg q[1];
rz(-1.468) q[4];
cry(1.689) q[2],q[3];
swap q[3],q[2];
cy q[4],q[3];
rxx(-2.557) q[1],q[4];
u3(-0.928,-1.46,2.137) q[3];
cx q[4],q[2];
crx(-0.112) q[0],q[1];
ryy(-0.188) q[4],q[2];
cu3(0.3,-0.7,1.1) q[0],q[1];
