#!/usr/bin/env bash
# Generative-model timings (issues 13, 14) beside numpy and thewalrus in the same run; `make
# bench` calls this. Sections may be named: `run.sh permanent iqp` (qgan, qbm, iqp, permanent).
# Needs numpy (the system's, or .venv-models); thewalrus, for the permanents' peer, only in
# .venv-models (`.venv-models/bin/pip install thewalrus`); without it that peer is skipped.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
SWIFT="${SWIFT:-swift}"
"$SWIFT" build -c release --product models-bench > /dev/null
PY=python3
if ! "$PY" -c "import numpy" 2>/dev/null; then
  [ -x .venv-models/bin/python ] || python3 -m venv .venv-models
  .venv-models/bin/pip install -q numpy
  PY=.venv-models/bin/python
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
.build/release/models-bench "$WORK" "$@" | tee "$WORK/ours.jsonl"
if [ -f "$WORK/probabilities-8.f64" ]; then "$PY" Benchmarks/Models/peer_eigh.py "$WORK"; fi
if [ -f "$WORK/matrix-10.c128" ]; then
  WALRUS_PY="$PY"
  [ -x .venv-models/bin/python ] && WALRUS_PY=.venv-models/bin/python
  "$WALRUS_PY" Benchmarks/Models/peer_permanent.py "$WORK"
fi
