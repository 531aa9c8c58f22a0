#!/usr/bin/env bash
# QSim benchmarks beside the peers, in one command (`make bench` calls this from the repo root).
#  - builds qsim-bench in release twice: generic x86-64 (what `swift build -c release` gives) and
#    with -target-cpu haswell (AVX2), in a throwaway package under .build/ that links
#    Sources/QSim and Benchmarks/QSim/Sources (so no other target needs to compile);
#  - creates the virtual environment .venv-peers from PyPI if it is missing;
#  - runs our benchmark and the peers' scripts (../shared/bench/peers, called in place through
#    peer_runner.py so nothing is written there), each in its own process after waiting for an
#    idle machine (the peers' wait_quiet.py);
#  - prints Markdown tables of the figures and ratios (report.py). Raw results:
#    .build/qsim-bench-results/*.jsonl.
# Options: SECTIONS="D C B E" (default all), QUIET_MAX_WAIT=seconds (default 120).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
SWIFT="${SWIFT:-swift}"   # the Makefile exports the one it found
PEERS="../shared/bench/peers"
if [ ! -d "$PEERS" ]; then
  echo "run.sh: the peer scripts are missing: expected $ROOT/$PEERS" >&2
  exit 1
fi
PEERS="$(cd "$PEERS" && pwd)"
HERE="$ROOT/Benchmarks/QSim"
OUT="$ROOT/.build/qsim-bench-results"
VENV="${PEERS_VENV:-$ROOT/.venv-peers}"
SECTIONS="${SECTIONS:-D C A B E}"
want() { case " $SECTIONS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# 1. Build.
PKG="$ROOT/.build/qsim-bench-pkg"
mkdir -p "$PKG/Sources" "$OUT"
ln -sfn "$ROOT/Sources/QSim" "$PKG/Sources/QSim"
ln -sfn "$ROOT/Sources/QGen" "$PKG/Sources/QGen"
ln -sfn "$ROOT/Sources/Charts" "$PKG/Sources/Charts"
ln -sfn "$HERE/Sources" "$PKG/Sources/qsim-bench"
cat > "$PKG/Package.swift" <<'MANIFEST'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "qsim-bench-pkg", targets: [
    .target(name: "QSim", exclude: ["README.md", "Gradients/Gradients.md", "Execution/Blocking.md"]),
    .target(name: "Charts", exclude: ["README.md"]),
    .target(name: "QGen", dependencies: ["QSim", "Charts"], exclude: ["README.md"]),
    .executableTarget(name: "qsim-bench", dependencies: ["QSim", "QGen"]),
])
MANIFEST
echo "== building qsim-bench (release, generic and haswell)"
"$SWIFT" build -c release --package-path "$PKG" --scratch-path "$PKG/.build-generic" >/dev/null
"$SWIFT" build -c release --package-path "$PKG" --scratch-path "$PKG/.build-haswell" \
  -Xswiftc -target-cpu -Xswiftc haswell >/dev/null
GENERIC="$PKG/.build-generic/release/qsim-bench"
HASWELL="$PKG/.build-haswell/release/qsim-bench"

# 2. Peers' environment.
if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV (pip: pennylane pennylane-lightning qulacs qiskit qiskit-aer)"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pennylane pennylane-lightning qulacs qiskit qiskit-aer
fi
PY="$VENV/bin/python"
# A full run starts afresh; a partial one (SECTIONS=...) adds to the last run's results,
# and report.py keeps the latest figure of each kind.
if [ "$SECTIONS" = "D C A B E" ]; then rm -f "$OUT"/*.jsonl; fi
quiet() { (cd "$PEERS" && "$PY" wait_quiet.py 0.3 "${QUIET_MAX_WAIT:-120}"); }
peer() { quiet; "$PY" "$HERE/peer_runner.py" "$OUT/peers.jsonl" "$PEERS/$@"; }

echo "== machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE-<unset>} OMP_NUM_THREADS=${OMP_NUM_THREADS-<unset>}"

if want D; then
  echo "== D: memory bandwidth (stream.c)"
  gcc -O3 -march=native -fopenmp "$PEERS/stream.c" -o "$OUT/stream"
  for t in 1 2; do
    for rep in 1 2 3; do
      quiet >/dev/null
      OMP_NUM_THREADS=$t OMP_PROC_BIND=spread "$OUT/stream" |
        "$PY" -c "import json,sys; r=json.loads(sys.stdin.read()); r['name']='stream'; print(json.dumps(r))" >> "$OUT/stream.jsonl"
    done
  done
  tail -n 6 "$OUT/stream.jsonl"
fi
if want C; then
  echo "== C: one layer, QSim then peers"
  quiet; "$GENERIC" layer --json "$OUT/qsim-generic.jsonl"
  quiet; "$HASWELL" layer --json "$OUT/qsim-haswell.jsonl"
  quiet; "$HASWELL" gates --json "$OUT/qsim-haswell.jsonl"
  peer bench_c_throughput.py --backend lightning
  peer bench_c_throughput.py --backend qulacs
  OMP_NUM_THREADS=1 peer bench_c_throughput.py --backend qulacs --tag _omp1
  peer bench_c_throughput.py --backend aer-nofusion
fi
if want A; then
  echo "== A: the seed's 3-qubit Born machine"
  quiet; "$GENERIC" seed --json "$OUT/qsim-generic.jsonl"
  quiet; "$HASWELL" seed --json "$OUT/qsim-haswell.jsonl"
  peer bench_a_seed.py --variant a-dq-backprop --runs 3
  peer bench_a_seed.py --variant a-lq-adjoint --runs 3
fi
if want B; then
  echo "== B: Liu & Wang Born machine"
  "$PY" -c "import numpy as np; print(' '.join(repr(float(x)) for x in np.random.default_rng(42).uniform(0, 2*np.pi, 279)))" > "$OUT/qcbm_init.txt"
  quiet; "$GENERIC" qcbm --init "$OUT/qcbm_init.txt" --json "$OUT/qsim-generic.jsonl"
  quiet; "$HASWELL" qcbm --init "$OUT/qcbm_init.txt" --json "$OUT/qsim-haswell.jsonl"
  peer bench_b_qcbm.py --variant lq-adjoint-manual --runs 3 --steps 100
  peer bench_b_qcbm.py --variant dq-backprop --runs 1 --steps 100
fi
if want E; then
  echo "== E: sampling"
  quiet; "$GENERIC" sampling --json "$OUT/qsim-generic.jsonl"
  quiet; "$HASWELL" sampling --json "$OUT/qsim-haswell.jsonl"
  peer bench_e_sampling.py --reps 7
fi
echo
"$PY" "$HERE/report.py" "$OUT" | tee "$OUT/report.md"
