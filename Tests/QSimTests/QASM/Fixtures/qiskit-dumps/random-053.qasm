OPENQASM 2.0;
include "qelib1.inc";
gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate dcx q0,q1 { cx q0,q1; cx q1,q0; }
qreg q[3];
csx q[2],q[1];
cu(-0.8357656121027395,-0.2721475335345076,-2.812705731770995,2.5745117978807883) q[0],q[1];
y q[1];
cx q[0],q[2];
ch q[0],q[1];
sdg q[0];
y q[0];
swap q[2],q[1];
csx q[2],q[1];
cx q[1],q[2];
z q[0];
ryy(-0.5244363075301806) q[1],q[0];
rzx(1.6621171901495941) q[0],q[1];
dcx q[1],q[0];
swap q[2],q[0];
z q[0];
u1(1.515686169519384) q[0];
