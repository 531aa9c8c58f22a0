#!/usr/bin/env bash
# QGen's IQP loss-and-gradient beside XanaduAI's iqpopt on the same models, in one invocation
# (`make bench-iqpopt`). Needs IQPOPT_SRC, the `src` folder of a checkout of iqpopt's repository;
# makes .venv-iqpopt with jax and iqpopt's other imports if missing. See README.md here.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
: "${IQPOPT_SRC:?set IQPOPT_SRC to the src folder of an iqpopt checkout}"
SWIFT="${SWIFT:-swift}"
"$SWIFT" build -c release --product models-bench > /dev/null
if [ ! -x .venv-iqpopt/bin/python ]; then
  python3 -m venv .venv-iqpopt
  .venv-iqpopt/bin/pip install -q jax pennylane jaxopt optax tqdm networkx scipy cvxpy
fi
if [ -z "${IQPOPT_COMMIT:-}" ] && git -C "$IQPOPT_SRC/.." rev-parse HEAD > /dev/null 2>&1; then
  IQPOPT_COMMIT="$(git -C "$IQPOPT_SRC/.." rev-parse HEAD)"
fi
export IQPOPT_COMMIT="${IQPOPT_COMMIT:-}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
.build/release/models-bench "$WORK" iqp | tee "$WORK/ours.jsonl"
.venv-iqpopt/bin/python Benchmarks/peers/iqpopt_mmd.py "$WORK"
