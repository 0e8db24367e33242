#!/usr/bin/env bash
# The benchmark command: generates a corpus of Monitor profiles, imports it, searches it,
# starts the window beside a bare JavaFX window, and drives the window for FX-thread stalls.
# Prints a table of medians and 95th percentiles; writes target/bench/results.json.
#
# Usage: bench/run.sh [--profiles N] [--quick] [--steps import,search,window,stall]
#                     [--runs R] [--display auto|xvfb|headless] [--out DIR]
#   --profiles N   corpus size (default 25000; 200 with --quick)
#   --quick        short iterations, headless window: the smoke run of ./mvnw verify
#   --display      where windows are shown: xvfb (needs: apt-get install -y xvfb libgtk-3-0),
#                  headless (Monocle), or auto (xvfb when installed; the default)
# The corpus and library are kept in target/bench/ and reused when the size matches.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${FIELDBOOK_BENCH_CP:-}" ]; then
    mkdir -p target/bench
    ./mvnw -q -B -DskipTests package dependency:build-classpath \
        -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
    FIELDBOOK_BENCH_CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
fi
exec java -Xmx2g -cp "$FIELDBOOK_BENCH_CP" org.fieldbook.bench.Benchmark "$@"
