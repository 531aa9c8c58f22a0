#!/usr/bin/env bash
# Generative-model timings (issue 13) beside numpy in the same run; `make bench` calls this.
# Needs numpy: the system's, or a virtual environment .venv-models made here from PyPI.
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
.build/release/models-bench "$WORK"
"$PY" Benchmarks/Models/peer_eigh.py "$WORK"
