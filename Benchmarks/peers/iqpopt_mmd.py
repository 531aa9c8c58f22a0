"""XanaduAI's iqpopt beside QGen's IQPModel: one MMD² loss-and-gradient evaluation, what one
training step costs, on the models models-bench wrote (FOLDER/iqp-<n>.json: qubits, gates,
initial parameters, σ, 1,000 data bit strings), with 1,000 operators and 1,000 samples as
QGen uses. iqpopt is not on PyPI: IQPOPT_SRC names the `src` folder of a checkout of its
repository (see Benchmarks/peers/README.md). Reads QGen's figures from FOLDER/ours.jsonl and
prints one JSON object per case and mode, with the ratio QGen / iqpopt.

cpu_ms is the process's CPU time per evaluation (above ms when XLA uses both cores). Two modes: "trainer" is how iqpopt's Trainer calls the loss without turbo (jax.value_and_grad of
mmd_loss_iqp, whose estimator iqpopt jit-compiles; the operators are drawn outside), "jit" the
whole evaluation compiled as one function. Compilation is excluded (one call before timing)."""
import json, os, sys, time

sys.path.insert(0, os.environ["IQPOPT_SRC"])
import numpy as np
import jax
import jax.numpy as jnp
jax.config.update("jax_enable_x64", True)
import iqpopt
from iqpopt.gen_qml import mmd_loss_iqp

folder = sys.argv[1]
ours = {}
with open(f"{folder}/ours.jsonl") as f:
    for line in f:
        row = json.loads(line)
        if row.get("case") in ("iqp-loss-gradient", "iqp-exact-mmd"):
            ours[(row["case"], row["qubits"])] = row

for n in sorted({q for _, q in ours}):
    with open(f"{folder}/iqp-{n}.json") as f:
        case = json.load(f)
    circuit = iqpopt.IqpSimulator(n, [[g] for g in case["gates"]])
    params = jnp.array(case["parameters"])
    data = jnp.array(case["data"], dtype=jnp.float64)
    sigma = case["bandwidth"]

    def loss(p, key):
        return mmd_loss_iqp(p, circuit, data, sigma, 1000, 1000, key)

    modes = {"trainer": jax.value_and_grad(loss), "jit": jax.jit(jax.value_and_grad(loss))}
    repeats = 5
    for mode, step in modes.items():
        value, grad = step(params, jax.random.PRNGKey(99))   # compiles
        grad.block_until_ready()
        times, cpu, values = [], [], []
        for r in range(repeats):
            start, start_cpu = time.perf_counter(), time.process_time()
            value, grad = step(params, jax.random.PRNGKey(r))
            grad.block_until_ready()
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            values.append(float(value))
        ms = float(np.median(times) * 1e3)
        mine = ours[("iqp-loss-gradient", n)]
        row = {"case": "iqpopt-loss-gradient", "mode": mode, "qubits": n, "gates": len(case["gates"]), "ms": ms, "cpu_ms": float(np.median(cpu) * 1e3),
               "qbook_ms": mine["ms"], "ratio": mine["ms"] / ms, "losses": values, "qbook_losses": mine.get("losses"),
               "iqpopt_commit": os.environ.get("IQPOPT_COMMIT", ""), "jax": jax.__version__}
        if ("iqp-exact-mmd", n) in ours:
            row["exact_ms"] = ours[("iqp-exact-mmd", n)]["ms"]
            row["exact_loss"] = ours[("iqp-exact-mmd", n)].get("loss")
        print(json.dumps(row), flush=True)
