#!/usr/bin/env bash
# Start-up of the packaged Fieldbook beside java -jar: milliseconds from process start to the
# window's first frame and to its library shown (-Dfieldbook.startup.trace=true), and the CPU
# time the process had used by the first frame (less disturbed by other load on the machine).
# Runs every variant in turn, RUNS rounds, on one Xvfb; prints medians.
#
#   java -jar        target/fieldbook.jar on the JDK running this script
#   image, no CDS    the app image with -Xshare:off
#   image, JDK CDS   the app image with an archive of the JDK's default class list only
#   image            the app image as built, with its trained archive
#   installed ...    the same two for /opt/fieldbook, when the .deb is installed
#
# Usage: installer/bench-start.sh [RUNS]   after ./mvnw -Pinstaller package; needs xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
image=target/installer/image/Fieldbook
[ -x "$image/bin/Fieldbook" ] || { echo "build first: ./mvnw -Pinstaller package" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "needs Xvfb: apt-get install xvfb" >&2; exit 2; }

tmp=$(mktemp -d)
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$tmp/display" 2>/dev/null &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 1 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=:$(head -n 1 "$tmp/display")
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data
library=$tmp/library.sqlite
# the JDK's own default class list, dumped for this runtime: what jlink --generate-cds-archive gives
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedArchiveFile="$tmp/jdk-default.jsa" >/dev/null 2>&1

names=("java -jar" "image, no CDS" "image, JDK CDS" "image")
commands=("java -jar target/fieldbook.jar" "$image/bin/Fieldbook" "$image/bin/Fieldbook" "$image/bin/Fieldbook")
options=("" "-Xshare:off" "-XX:SharedArchiveFile=$tmp/jdk-default.jsa" "")
if [ -x /opt/fieldbook/bin/Fieldbook ]; then
    names+=("installed, no CDS" "installed")
    commands+=(/opt/fieldbook/bin/Fieldbook /opt/fieldbook/bin/Fieldbook)
    options+=("-Xshare:off" "")
fi

# One start: prints "first-frame-ms library-shown-ms cpu-ms-at-first-frame".
start() {
    local out=$tmp/out pid cpu= ticks
    ticks=$(getconf CLK_TCK)
    JAVA_TOOL_OPTIONS="-Dfieldbook.startup.trace=true $2" $1 --library "$library" >"$out" 2>/dev/null &
    pid=$!
    for _ in $(seq 1 1200); do
        if [ -z "$cpu" ] && grep -q 'startup: first-frame' "$out"; then
            cpu=$(awk -v t="$ticks" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat")
        fi
        grep -q 'startup: library-shown' "$out" && break
        sleep 0.02
    done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo "$(awk '/startup: first-frame/ {print $3}' "$out") $(awk '/startup: library-shown/ {print $3}' "$out") $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

start "java -jar target/fieldbook.jar" "" >/dev/null # creates and fills the library once
for round in $(seq 1 "$runs"); do
    for i in "${!names[@]}"; do
        echo "$i $(start "${commands[$i]}" "${options[$i]}")" >>"$tmp/results"
    done
    echo "round $round of $runs done" >&2
done
echo "median of $runs runs, ms from process start ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
printf '%-20s %12s %15s %16s\n' variant first-frame library-shown "CPU by 1st frame"
for i in "${!names[@]}"; do
    printf '%-20s %12s %15s %16s\n' "${names[$i]}" \
        "$(awk -v i="$i" '$1 == i {print $2}' "$tmp/results" | median)" \
        "$(awk -v i="$i" '$1 == i {print $3}' "$tmp/results" | median)" \
        "$(awk -v i="$i" '$1 == i {print $4}' "$tmp/results" | median)"
done
