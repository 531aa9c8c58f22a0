OPENQASM 2.0;
include "qelib1.inc";
gate mcx q0,q1,q2,q3 { h q3; p(pi/8) q0; p(pi/8) q1; p(pi/8) q2; p(pi/8) q3; cx q0,q1; p(-pi/8) q1; cx q0,q1; cx q1,q2; p(-pi/8) q2; cx q0,q2; p(pi/8) q2; cx q1,q2; p(-pi/8) q2; cx q0,q2; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q1,q3; p(pi/8) q3; cx q2,q3; p(-pi/8) q3; cx q0,q3; h q3; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[5];
u1(-1.44649949824222) q[4];
cu3(-0.5703951752975143,1.702791534208636,-1.1801236435264353) q[3],q[2];
rccx q[1],q[4],q[3];
y q[0];
mcx q[2],q[1],q[3],q[0];
rzx(-2.5575453982276493) q[2],q[3];
ryy(-2.395792751589805) q[3],q[2];
mcx q[1],q[3],q[4],q[2];
cx q[4],q[0];
u(1.3182281184237246,-0.6070587466543875,1.9490698628893979) q[0];
mcx q[3],q[2],q[0],q[1];
dcx q[0],q[1];
rzz(-1.669776622714881) q[1],q[3];
u(-2.5173250886847875,-1.0796723719647254,0.04764385512344349) q[3];
p(-1.1913192472785457) q[2];
dcx q[0],q[2];
