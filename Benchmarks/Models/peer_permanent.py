"""thewalrus's permanents (numba, one thread: perm_ryser and perm_bbfg, BBFG being Glynn's
formula in Gray-code order) on the matrices models-bench wrote. Reads qbook's lines from
FOLDER/ours.jsonl, checks each value against qbook's (relative difference), and prints one JSON
object per case with both medians and the ratio qbook / thewalrus. Skips quietly if thewalrus is
not installed."""
import json, sys, time
import numpy as np

try:
    import thewalrus
    from thewalrus import perm
except ImportError:
    print(json.dumps({"case": "thewalrus-permanent", "skipped": "thewalrus is not installed"}))
    sys.exit(0)

folder = sys.argv[1]
ours = {}
with open(f"{folder}/ours.jsonl") as f:
    for line in f:
        row = json.loads(line)
        if row.get("case") == "permanent":
            ours[(row["method"], row["n"])] = row

peer_method = {"ryser": "ryser", "glynn": "bbfg"}
perm(np.eye(3, dtype=complex), method="ryser")   # compile both kernels before timing
perm(np.eye(3, dtype=complex), method="bbfg")
for (method, n), row in sorted(ours.items(), key=lambda kv: (kv[0][1], kv[0][0])):
    a = np.fromfile(f"{folder}/matrix-{n}.c128", dtype=np.complex128).reshape(n, n)
    repeats = 21 if n <= 15 else 7 if n == 20 else 3
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        value = perm(a, method=peer_method[method])
        times.append(time.perf_counter() - start)
    ms = float(np.median(times) * 1e3)
    q = complex(row["re"], row["im"])
    print(json.dumps({"case": "thewalrus-permanent", "method": peer_method[method], "n": n, "ms": ms,
                      "qbook_ms": row["ms"], "ratio": row["ms"] / ms,
                      "relative_difference": abs(q - value) / abs(value), "thewalrus": thewalrus.__version__}))
