OPENQASM 2.0;
include "qelib1.inc";
qreg q[4];
id q[1];
cp(2.8050500519798067) q[1],q[3];
crx(2.2929503284489545) q[3],q[2];
