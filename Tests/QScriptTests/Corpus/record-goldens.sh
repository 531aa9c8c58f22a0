#!/usr/bin/env bash
# Records the golden output of every corpus program with the real Swift compiler.
#
#   record-goldens.sh              regenerate every Corpus/**/*.swift -> .expected
#   record-goldens.sh FILE...      regenerate only these programs
#   JOBS=N record-goldens.sh       run N compilations at once (default 2)
#
# Each <name>.expected holds a header line, then the program's exact stdout:
#   status: ok                 the program compiled and exited normally
#   status: trap line=N        it trapped at run time in the statement on line N
#   status: error line=N       swiftc rejected it; N is the line of its single error
# See README.md in this folder for the markers that every trap/error program carries.
set -euo pipefail

export LC_ALL=C LANG=C TZ=UTC
unset SWIFT_DETERMINISTIC_HASHING || true

corpus="${CORPUS_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
# Other corpora (the library corpus) reuse this recorder with CORPUS_DIR, APPEND_SOURCE (text
# appended to every program: the imports, after the code so line numbers stay the program's
# own) and EXTRA_FLAGS (module search paths and object files to link).
read -r -a EXTRA <<< "${EXTRA_FLAGS:-}"
self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/record-goldens.sh"
SWIFTC="${SWIFTC:-swiftc}"
# Language mode is pinned: the cell language follows Swift 5 mode (Swift 6 mode rejects
# top-level functions that touch top-level variables). -Onone keeps overflow checks as
# the interpreter does; -g lets the backtracer name the trapping line. -lm: on Linux a
# program that uses .squareRoot() or .rounded() without importing Foundation fails to
# link at -Onone (undefined sqrt/round), since nothing else pulls in libm. The module is named
# `main`, as a cell's is: a struct's debug description carries it (`[main.Point(x: 1)]`).
SWIFT_FLAGS=(-swift-version 5 -Onone -g -diagnostic-style llvm -lm -module-name main)
COMPILE_TIMEOUT="${COMPILE_TIMEOUT:-300}"
RUN_TIMEOUT="${RUN_TIMEOUT:-30}"
BACKTRACE="enable=yes,symbolicate=full,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=64,top=16"

# ---------------------------------------------------------------------------
# One program:  record-goldens.sh --one WORKDIR FILE
# Writes WORKDIR/<id>/result: "RESULT <status> <relpath>" or "FAIL <relpath>: why...".
# ---------------------------------------------------------------------------
if [[ "${1:-}" == "--one" ]]; then
    workroot="$2"; src="$3"
    rel="${src#"$corpus"/}"
    expected="${src%.swift}.expected"
    dir="$workroot/${rel//\//__}"
    mkdir -p "$dir"
    # Compile a copy named main.swift so that no path of this machine can leak anywhere.
    cp "$src" "$dir/main.swift"
    if [[ -n "${APPEND_SOURCE:-}" ]]; then printf '%s' "$APPEND_SOURCE" >> "$dir/main.swift"; fi
    fail() { printf 'FAIL %s: %s\n' "$rel" "$1" > "$dir/result"; exit 0; }

    trap_marks=$(grep -n '// traps here' "$src" | cut -d: -f1 | tr '\n' ' ' || true)
    error_marks=$(grep -n '// error here' "$src" | cut -d: -f1 | tr '\n' ' ' || true)
    trap_marks="${trap_marks% }"; error_marks="${error_marks% }"
    [[ "$trap_marks" == *" "* ]] && fail "more than one '// traps here' marker (lines $trap_marks)"
    [[ "$error_marks" == *" "* ]] && fail "more than one '// error here' marker (lines $error_marks)"
    [[ -n "$trap_marks" && -n "$error_marks" ]] && fail "has both a trap and an error marker"

    set +e
    ( cd "$dir" && timeout "$COMPILE_TIMEOUT" "$SWIFTC" "${SWIFT_FLAGS[@]}" ${EXTRA[@]+"${EXTRA[@]}"} main.swift -o prog ) \
        > "$dir/compile.txt" 2>&1
    crc=$?
    set -e
    errors=$(grep -E '^main\.swift:[0-9]+:[0-9]+: error:' "$dir/compile.txt" || true)
    nerrors=$(printf '%s' "$errors" | grep -c . || true)

    if [[ -n "$error_marks" ]]; then
        [[ $crc -eq 0 ]] && fail "marked '// error here' (line $error_marks) but swiftc accepted it"
        [[ $nerrors -eq 0 ]] && fail "swiftc failed without a main.swift error line: $(head -5 "$dir/compile.txt")"
        [[ $nerrors -ne 1 ]] && fail "expected exactly one error, swiftc reported $nerrors:
$errors"
        line=$(printf '%s\n' "$errors" | head -1 | cut -d: -f2)
        [[ "$line" != "$error_marks" ]] && fail "swiftc's error is on line $line, the marker on line $error_marks:
$errors"
        header="status: error line=$line"
        : > "$dir/stdout"
    else
        [[ $crc -ne 0 ]] && fail "expected to compile, swiftc failed:
$(grep -E 'error:' "$dir/compile.txt" | head -5)"
        # stdbuf -o0: print() goes through C stdio, which fully buffers a pipe or file,
        # so without it the output printed before a trap would be lost.
        # The braces catch the shell's own "Illegal instruction" notice.
        set +e
        { ( cd "$dir" && SWIFT_BACKTRACE="$BACKTRACE" timeout "$RUN_TIMEOUT" stdbuf -o0 -e0 ./prog \
            < /dev/null > "$dir/stdout" 2> "$dir/stderr" ); } 2> "$dir/shell.txt"
        rrc=$?
        set -e
        if [[ $rrc -eq 0 ]]; then
            [[ -n "$trap_marks" ]] && fail "marked '// traps here' (line $trap_marks) but exited normally"
            header="status: ok"
        elif [[ $rrc -eq 124 ]]; then
            fail "timed out after ${RUN_TIMEOUT}s"
        elif [[ $rrc -ge 128 ]]; then
            # First frame of the backtrace inside the program itself: "... at <dir>/main.swift:L:C".
            line=$(grep -oE '/main\.swift:[0-9]+:[0-9]+' "$dir/stderr" \
                   | cut -d: -f2 | awk '$1 > 0 { print; exit }' || true)
            # An error thrown and never caught ends the program in the runtime
            # (swift_errorInMain), and a failed 'as!' aborts in it: the backtrace then has no
            # frame in main.swift, and the marker says where (for an uncaught error, the
            # 'throw', where the interpreter locates its report).
            if [[ -z "$line" ]] && grep -qE 'Fatal error: Error raised at top level|^Could not cast value of type' "$dir/stderr"; then
                line="$trap_marks"
            fi
            [[ -z "$line" ]] && fail "trapped (exit $rrc) but no main.swift line in the backtrace:
$(head -5 "$dir/stderr")"
            [[ -z "$trap_marks" ]] && fail "trapped unexpectedly at line $line:
$(grep -m1 'Fatal error\|runtime failure' "$dir/stderr" || head -3 "$dir/stderr")"
            [[ "$line" != "$trap_marks" ]] && fail "trapped at line $line, the marker is on line $trap_marks:
$(grep -m1 'Fatal error\|runtime failure' "$dir/stderr" || true)"
            header="status: trap line=$line"
        else
            fail "exited with status $rrc (neither success nor a trap)"
        fi
    fi

    { printf '%s\n' "$header"; cat "$dir/stdout"; } > "$dir/expected"
    if ! cmp -s "$dir/expected" "$expected" 2>/dev/null; then
        cp "$dir/expected" "$expected.tmp" && mv -f "$expected.tmp" "$expected"
    fi
    printf 'RESULT %s %s\n' "${header#status: }" "$rel" > "$dir/result"
    exit 0
fi

# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
command -v "$SWIFTC" > /dev/null || { echo "record-goldens: $SWIFTC not found" >&2; exit 2; }
command -v stdbuf > /dev/null || { echo "record-goldens: stdbuf (coreutils) not found" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/qscript-goldens.XXXXXX")"
trap 'rm -rf "$work"' EXIT
start=$SECONDS

if [[ $# -gt 0 ]]; then
    for f in "$@"; do
        f="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
        [[ "$f" == "$corpus"/*.swift ]] || { echo "record-goldens: not a corpus program: $f" >&2; exit 2; }
        printf '%s\0' "$f"
    done > "$work/list"
else
    find "$corpus" -mindepth 2 -name '*.swift' -print0 | sort -z > "$work/list"
    # An .expected file whose program is gone is stale.
    find "$corpus" -mindepth 2 -name '*.expected' -print0 | sort -z |
    while IFS= read -r -d '' e; do
        if [[ ! -f "${e%.expected}.swift" ]]; then
            echo "removing stale ${e#"$corpus"/}"; rm -f "$e"
        fi
    done
fi

total=$(tr -cd '\0' < "$work/list" | wc -c)
echo "record-goldens: $total programs, ${JOBS:-2} at a time ($("$SWIFTC" --version 2>&1 | head -1))"
xargs -0 -n1 -P"${JOBS:-2}" "$self" --one "$work" < "$work/list" || true

: > "$work/results"
while IFS= read -r -d '' f; do
    rel="${f#"$corpus"/}"
    if [[ -f "$work/${rel//\//__}/result" ]]; then
        cat "$work/${rel//\//__}/result" >> "$work/results"
    else
        printf 'FAIL %s: no result (the recorder itself failed)\n' "$rel" >> "$work/results"
    fi
done < "$work/list"
n_ok=$(grep -c '^RESULT ok ' "$work/results" || true)
n_trap=$(grep -c '^RESULT trap ' "$work/results" || true)
n_error=$(grep -c '^RESULT error ' "$work/results" || true)
n_fail=$(grep -c '^FAIL ' "$work/results" || true)
# FAIL messages may span several lines; print everything that is not a RESULT line.
grep -v '^RESULT ' "$work/results" >&2 || true
if [[ -n "${VERBOSE:-}" ]]; then grep '^RESULT ' "$work/results" || true; fi
echo "record-goldens: ok=$n_ok trap=$n_trap error=$n_error failed=$n_fail in $((SECONDS - start))s"
[[ $n_fail -eq 0 && $((n_ok + n_trap + n_error)) -eq $total ]] || { echo "record-goldens: FAILED" >&2; exit 1; }
