"""numpy's symmetric eigensolver on the Hamiltonians qbook wrote, computing the same P(v)
(diagonal of exp(-H)/Z); checks the probabilities agree with qbook's to 1e-12 and prints one JSON
object per dimension with the median time in ms."""
import json, sys, time
import numpy as np

folder = sys.argv[1]
for units in (8, 10):
    n = 1 << units
    h = np.fromfile(f"{folder}/hamiltonian-{units}.f64").reshape(n, n)
    ours = np.fromfile(f"{folder}/probabilities-{units}.f64")
    def probabilities():
        w, v = np.linalg.eigh(h)
        weights = np.exp(-(w - w[0]))
        return (v * v) @ weights / weights.sum()
    times = []
    for _ in range(21 if units == 8 else 7):
        start = time.perf_counter()
        p = probabilities()
        times.append(time.perf_counter() - start)
    agree = float(np.max(np.abs(p - ours)))
    print(json.dumps({"case": "numpy-probabilities", "dimension": n, "ms": float(np.median(times) * 1e3),
                      "max_difference": agree, "numpy": np.__version__}))
