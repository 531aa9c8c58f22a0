#!/usr/bin/env bash
# Builds of the course site in release: cold (no cache), warm (nothing changed), after a
# prose-only edit, and after editing the first or the last cell of a tutorial (the run resumes
# from the session saved before the edited cell). Prints the median of each (seconds) and checks,
# with --explain, that the warm and prose builds ran no cell. Figures go to BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product qbook >/dev/null
QBOOK="$PWD/.build/release/qbook"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp -r tutorials "$WORK/tutorials"
cd "$WORK"

seconds() { local start end; start=$EPOCHREALTIME; "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err"; exit 1; }; end=$EPOCHREALTIME; python3 -c "print($end - $start)"; }
median() { python3 -c 'import sys, statistics; v=[float(x) for x in sys.argv[1:]]; print("%.3f  (runs: %s)" % (statistics.median(v), " ".join("%.3f" % x for x in v)))' "$@"; }

cold=(); for i in 1 2 3; do cold+=("$(seconds "$QBOOK" build --no-cache)"); done
echo "cold build, no cache:            $(median "${cold[@]}")"

rm -rf .qbook; first=$(seconds "$QBOOK" build)
echo "first build, filling the cache:  $first"

warm=(); for i in 1 2 3 4 5 6 7; do warm+=("$(seconds "$QBOOK" build)"); done
echo "warm build, nothing changed:     $(median "${warm[@]}")"
if "$QBOOK" build --explain | grep -q ": ran"; then echo "error: a warm build ran cells"; exit 1; fi

prose=(); for i in 1 2 3 4 5; do
  printf '\nA sentence added by the benchmark, number %s.\n' "$i" >> tutorials/born-machines.md
  prose+=("$(seconds "$QBOOK" build)")
done
echo "prose edit (born-machines.md):   $(median "${prose[@]}")"
printf '\nOne more sentence.\n' >> tutorials/born-machines.md
if "$QBOOK" build --explain | grep -q ": ran"; then echo "error: a prose edit ran cells"; exit 1; fi

# Edits a cell: "first" or "last" (the last cell the tutorial's session runs; exercise cells
# run only in the grader). The edit appends a comment, so outputs stay the same.
edit_cell() {
  python3 - "$1" "$2" "$3" <<'PY'
import re, sys
path, which, n = "tutorials/%s.md" % sys.argv[1], sys.argv[2], sys.argv[3]
s = open(path).read()
starts = [m.end() for m in re.finditer(r"^```swift\n", s, re.M)]
main = [b for b in starts if not re.match(r"(//\|.*\n)*//\| (starter|check|solution|mutant|eval: false)", s[b:])]
b = main[0] if which == "first" else main[-1]
j = s.index("\n```", b)
open(path, "w").write(s[:j] + "\n// benchmark edit %s" % n + s[j:])
PY
}

for name in tour born-machines; do
  cells=$(grep -c '^```swift' "tutorials/$name.md")
  for which in first last; do
    edit=(); for i in 1 2 3; do
      edit_cell "$name" "$which" "$i"
      edit+=("$(seconds "$QBOOK" build)")
    done
    edit_cell "$name" "$which" 9
    ran=$("$QBOOK" build --explain | grep -c ": ran" || true)
    echo "$which cell of $name.md edited ($cells cells; $ran ran in the checked build): $(median "${edit[@]}")"
  done
done
