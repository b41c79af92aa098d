#!/usr/bin/env bash
# Long fuzzing runs on the stable toolchain: the property tests of tests/fuzz_parsers.rs
# (every parser and importer, fed arbitrary bytes and structured mutations of every
# shipped valid file) with many cases, for a bounded time.
#
#   scripts/fuzz.sh [SECONDS] [CASES]      defaults: 600 seconds, 100000 cases per property
#
# Optimised build (the properties are the same as in the normal suite, which runs 64
# cases each). A failing input is shrunk and its seed written by proptest to
# tests/fuzz_parsers.proptest-regressions, which every later run (and CI) replays first:
# commit that file with the fix, and keep the input as a regression test.
# Coverage-guided fuzzing (cargo-fuzz, libFuzzer) needs a nightly toolchain; see
# docs/RELIABILITY.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
cases="${2:-100000}"
# build first, so the time limit is spent fuzzing
cargo test --release --all-features --test fuzz_parsers --no-run
echo "fuzzing every parser: ${cases} cases per property, at most ${seconds} s" >&2
start=$(date +%s)
status=0
PROPTEST_CASES="$cases" timeout --signal=INT "$seconds" \
    cargo test --release --all-features --test fuzz_parsers -- --test-threads=2 || status=$?
case "$status" in
    0) echo "no failure in $(( $(date +%s) - start )) s" >&2 ;;
    124|130) echo "time is up: no failure found in ${seconds} s" >&2; status=0 ;;
    *) echo "a failure: see above; its seed is in tests/fuzz_parsers.proptest-regressions" >&2 ;;
esac
exit "$status"
