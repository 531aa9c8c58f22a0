"""Prints the QSim-vs-peers tables (Markdown) from the JSON lines run.sh collected.

usage: python report.py RESULTS_DIR
"""
import glob
import json
import os
import sys

rows = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.jsonl"))):
    tag = os.path.basename(path)[:-6]
    for line in open(path):
        if line.strip():
            r = json.loads(line)
            r["tag"] = tag
            rows.append(r)


def ours(tag, mode, n, threads):
    for r in reversed(rows):
        if r["name"] == "layer" and r["tag"] == tag and r["mode"] == mode and r["n"] == n and r["threads"] == threads:
            return r["ns_per_amp_per_gate"]
    return None


def peer(prefix):
    for r in reversed(rows):
        if r["name"] == "peer" and r["peer"] == prefix:
            return r["payload"]
    return None


def f(x, d=3):
    return "–" if x is None else f"{x:.{d}g}"


stream = {}
for r in rows:
    if r["name"] == "stream":
        t = r["threads"]
        stream[t] = max(stream.get(t, 0), r["rw_inplace"]["best_GBs"])
print("### Memory bandwidth (stream.c, in-place a[i] = s·a[i], best GB/s) and the one-gate-per-pass bound")
print()
print("| threads | in-place GB/s | bound = 32 B ÷ bandwidth (ns/amp/gate) |")
print("| --- | --- | --- |")
for t in sorted(stream):
    print(f"| {t} | {stream[t]:.1f} | {32 / stream[t]:.3f} |")
print()

ns = [16, 20, 22, 24]
lq = peer("C_lightning")
ql2 = peer("C_qulacs")
ql1 = peer("C_qulacs_omp1")
aer = peer("C_aer-nofusion")


def pn(p, n):
    return None if p is None else p["per_n"].get(str(n), {}).get("ns_per_amp_per_gate", {}).get("median")


print("### One layer (RY on every qubit + CNOT ladder): ns per amplitude per gate, median")
print()
print("| | " + " | ".join(f"n={n}" for n in ns) + " |")
print("| --- | " + " | ".join("---" for _ in ns) + " |")
lines = []
for tag, label in (("qsim-generic", "generic x86-64"), ("qsim-haswell", "-target-cpu haswell")):
    for mode in ("blocked", "gate-by-gate"):
        for t in (1, 2):
            vals = [ours(tag, mode, n, t) for n in ns]
            if any(v is not None for v in vals):
                lines.append((f"QSim {mode}, {t} thr, {label}", [None if v is None else v["median"] for v in vals]))
for label, p in (("lightning.qubit (1 thr)", lq), ("qulacs, 1 thr", ql1), ("qulacs, 2 thr", ql2), ("Aer no fusion, 2 thr", aer)):
    lines.append((label, [pn(p, n) for n in ns]))
for label, vals in lines:
    print(f"| {label} | " + " | ".join(f(v) for v in vals) + " |")
print()
print("Time ratios QSim ÷ lightning.qubit (goal ≤ 1.0 on 1 thread, ≤ 0.7 on 2 threads, ≤ 0.5 blocked at n=24):")
print()
print("| | " + " | ".join(f"n={n}" for n in ns) + " |")
print("| --- | " + " | ".join("---" for _ in ns) + " |")
for tag, label in (("qsim-generic", "generic"), ("qsim-haswell", "haswell")):
    for mode in ("blocked", "gate-by-gate"):
        for t in (1, 2):
            vals = []
            for n in ns:
                o, l = ours(tag, mode, n, t), pn(lq, n)
                vals.append(None if o is None or l is None else o["median"] / l)
            if any(v is not None for v in vals):
                print(f"| {mode}, {t} thr, {label} | " + " | ".join(f(v, 2) for v in vals) + " |")
print()

sd = list({r["tag"]: r for r in rows if r["name"] == "seed"}.values())
ad, al = peer("A_a-dq-backprop"), peer("A_a-lq-adjoint")
print("### The seed's Born machine (3 qubits, 18 parameters): one exact training step")
print()
print("| | ms/step (median) |")
print("| --- | --- |")
for r in sd:
    print(f"| QSim ({r['tag']}), forward + adjoint MMD gradient + Adam + monitors | {r['per_step_s']['median'] * 1e3:.3g} |")
for name, p in (("default.qubit backprop", ad), ("lightning.qubit adjoint", al)):
    if p:
        print(f"| {name} | {p['result']['per_step_s']['median'] * 1e3:.3g} |")
for r in sd:
    for name, p, goal in (("default.qubit", ad, 100), ("lightning.qubit", al, 20)):
        if p:
            print(f"\nSpeed-up over {name} ({r['tag']}): {p['result']['per_step_s']['median'] / r['per_step_s']['median']:.0f}× (goal ≥ {goal}×)")
print()

qc = list({r["tag"]: r for r in rows if r["name"] == "qcbm"}.values())
lb = peer("B_lq-adjoint-manual")
db = peer("B_dq-backprop")
print("### Liu & Wang Born machine (9 qubits, 279 parameters): one training step")
print()
print("| | ms/step (median) | final KL after 100 steps |")
print("| --- | --- | --- |")
for r in qc:
    print(f"| QSim ({r['tag']}), forward + adjoint MMD gradient + Adam | {r['per_step_s']['median'] * 1e3:.3g} | {min(r['final_kl']):.6f} |")
if db:
    print(f"| default.qubit backprop | {db['result']['per_step_s']['median'] * 1e3:.3g} | {min(db['result']['final_kl']):.6f} |")
if lb:
    print(f"| lightning.qubit adjoint (manual VJP) | {lb['result']['per_step_s']['median'] * 1e3:.3g} | {min(lb['result']['final_kl']):.6f} |")
for r in qc:
    if db:
        print(f"\nSpeed-up over default.qubit ({r['tag']}): {db['result']['per_step_s']['median'] / r['per_step_s']['median']:.0f}× (goal ≥ 100×)")
    if lb:
        print(f"\nSpeed-up over lightning ({r['tag']}): {lb['result']['per_step_s']['median'] / r['per_step_s']['median']:.1f}× (goal ≥ 20×)")
print()

sm = list({r["tag"]: r for r in rows if r["name"] == "sampling"}.values())
pe = peer("E_sampling")
print("### 10⁶ samples from a 20-qubit state (ms, median; |ψ|² excluded unless said)")
print()
print("| method | ms |")
print("| --- | --- |")
for r in sm:
    print(f"| QSim ({r['tag']}) Sampler: CDF + guide table + draws | {(r['build_s']['median'] + r['draw_s']['median']) * 1e3:.3g} |")
    print(f"| QSim ({r['tag']}) `psi.sample(shots:seed:)`, including |ψ|² | {r['full_s']['median'] * 1e3:.3g} |")
if pe:
    for k in ("qulacs_sampling", "np_random_choice", "np_generator_choice", "np_cumsum_searchsorted", "np_cumsum_sorted_uniforms"):
        print(f"| {k} | {pe[k]['median'] * 1e3:.3g} |")
