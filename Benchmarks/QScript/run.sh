#!/usr/bin/env bash
# Builds QScriptBench in release and prints per-program times and ratios vs python3.
# Usage: Benchmarks/QScript/run.sh   (from anywhere; uses the package at the repo root)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
swift="${SWIFT:-swift}"   # the Makefile exports the one it found
"$swift" build -c release --product QScriptBench >&2
bin="$("$swift" build -c release --show-bin-path)/QScriptBench"
echo "machine: $(nproc) cores, $(uname -m), $("$swift" --version 2>&1 | head -1), $(python3 --version)"
"$bin" --bench "$root/Benchmarks/QScript/programs"
