#!/usr/bin/env bash
# Time from process start to the first painted frame: Fieldbook's window beside a bare
# JavaFX window (one Stage, one Label), measured alternately in one run on one X server.
# Needs: xvfb (apt-get install -y xvfb libgtk-3-0) and a built project (./mvnw package).
# Usage: bench/first-frame.sh [RUNS] [LIBRARY]    prints medians; RUNS defaults to 7.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
library=${2:-$(mktemp -d)/library.sqlite}
command -v Xvfb >/dev/null || { echo "needs Xvfb: apt-get install -y xvfb libgtk-3-0" >&2; exit 2; }
[ -f target/fieldbook.jar ] && [ -d target/test-classes ] || ./mvnw -q -DskipTests package test-compile

display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
export DISPLAY=$display
home=$(mktemp -d)
trace=(-Dfieldbook.startup.trace=true)

# Runs a command until it prints the wanted trace line; prints that line's milliseconds.
time_until() {
    local want=$1; shift
    local out; out=$(mktemp)
    HOME=$home XDG_DATA_HOME=$home/data "$@" >"$out" 2>/dev/null &
    local pid=$!
    for _ in $(seq 1 600); do
        grep -q "startup: $want" "$out" && break
        sleep 0.05
    done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    grep "startup: $want" "$out" | awk '{print $3}'
    rm -f "$out"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# first start creates and fills the library; the runs measure a normal start
time_until library-shown java "${trace[@]}" -jar target/fieldbook.jar --library "$library" >/dev/null

bare=(); first=(); shown=()
for _ in $(seq 1 "$runs"); do
    bare+=("$(time_until first-frame java "${trace[@]}" -cp "target/test-classes:target/classes:target/lib/*" \
        org.fieldbook.bench.BareWindow)")
    first+=("$(time_until first-frame java "${trace[@]}" -jar target/fieldbook.jar --library "$library")")
    shown+=("$(time_until library-shown java "${trace[@]}" -jar target/fieldbook.jar --library "$library")")
done
b=$(printf '%s\n' "${bare[@]}" | median)
f=$(printf '%s\n' "${first[@]}" | median)
s=$(printf '%s\n' "${shown[@]}" | median)
echo "runs: $runs (medians, ms from process start)"
echo "bare JavaFX window, first frame:  $b"
echo "Fieldbook, first frame:           $f"
echo "Fieldbook, library shown:         $s"
awk -v f="$f" -v b="$b" 'BEGIN {printf "ratio first frame / bare:         %.2f\n", f / b}'
