#!/usr/bin/env bash
# Fuzzes QScript with libFuzzer: builds (debug) a throwaway package (QScript + the entry point in
# Fuzz/) with --sanitize=fuzzer in its own scratch path, seeds it with the differential corpus
# and the script fixtures, and runs for SECONDS (default 600). Crashes land in $WORK/crashes.
# Usage: Benchmarks/QScript/fuzz.sh [SECONDS]
set -euo pipefail
seconds="${1:-600}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${WORK:-/tmp/qscript-fuzz}"
mkdir -p "$work/pkg/Sources" "$work/corpus" "$work/crashes"
ln -sfn "$root/Sources/QScript" "$work/pkg/Sources/QScript"
ln -sfn "$root/Benchmarks/QScript/Fuzz" "$work/pkg/Sources/QScriptFuzz"
# The swift-syntax dependency line is taken from the repository's own manifest.
dependency="$(grep -m1 'swift-syntax.git' "$root/Package.swift" | sed 's/^ *//; s/,$//')"
cat > "$work/pkg/Package.swift" <<PKG
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "qscript-fuzz",
    dependencies: [$dependency],
    targets: [
        .target(name: "QScript", dependencies: [
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
            .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            .product(name: "SwiftOperators", package: "swift-syntax"),
        ]),
        .executableTarget(name: "QScriptFuzz", dependencies: ["QScript"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
)
PKG
cd "$work/pkg"
swift build -c debug --sanitize=fuzzer --scratch-path "$work/build" --product QScriptFuzz >&2
find "$root/Tests/QScriptTests/Corpus" "$root/Tests/QScriptTests/Fixtures" -name '*.swift' -exec cp {} "$work/corpus/" \;
SWIFT_BACKTRACE=enable=no "$work/build/debug/QScriptFuzz" -max_total_time="$seconds" -timeout=20 -max_len=4096 -rss_limit_mb=4096 \
    -artifact_prefix="$work/crashes/" -print_final_stats=1 "$work/corpus" 2>&1 | tee "$work/fuzz.log" | grep -E "^#[0-9]+.*(pulse|DONE)|stat::|ERROR|Test unit written" || true
