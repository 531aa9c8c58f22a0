#!/usr/bin/env bash
# Records the library corpus's expected outputs: each program compiled by swiftc against the
# real QSim, QGen, Charts and Grading modules (built here in debug), then run. Same header
# format and markers as the language corpus (Tests/QScriptTests/Corpus/README.md), whose
# recorder this calls.
#
#   record-goldens.sh              every LibraryCorpus/**/*.swift -> .expected
#   record-goldens.sh FILE...      only these programs
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
SWIFT="${SWIFT:-swift}"
cd "$root"
"$SWIFT" build --target QGen >/dev/null
"$SWIFT" build --target Grading >/dev/null
bin="$("$SWIFT" build --show-bin-path)"
objects=()
for module in QSim QGen Charts Grading; do objects+=("$bin/$module.build/"*.o); done
export CORPUS_DIR="$here"
export APPEND_SOURCE=$'\nimport QSim\nimport QGen\nimport Charts\nimport Grading\n'
export EXTRA_FLAGS="-I $bin/Modules -I $root/Sources/CLapacke -llapacke ${objects[*]}"
exec bash "$root/Tests/QScriptTests/Corpus/record-goldens.sh" "$@"
