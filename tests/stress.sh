#!/usr/bin/env bash
# Runs the whole suite N times in a row (default 3) with `stress-ng --cpu 2` busy beside it, as on a shared machine:
#   bash tests/stress.sh [N]
# Installs stress-ng (Debian package) when it is missing. Prints each run's result; fails if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}

if ! command -v stress-ng >/dev/null; then
    echo "installing stress-ng"
    sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
    { $sudo apt-get install -y stress-ng || { $sudo apt-get update && $sudo apt-get install -y stress-ng; }; } >/dev/null \
        || { echo "could not install stress-ng (Debian: apt-get install stress-ng)"; exit 1; }
fi

stress-ng --cpu 2 --quiet &
stressor=$!
trap 'kill "$stressor" 2>/dev/null' EXIT

failed=0
for i in $(seq 1 "$runs"); do
    start=$SECONDS
    log="${TMPDIR:-/tmp}/codibot-stress-run-$i.log"
    bash tests/run.sh > "$log" 2>&1
    status=$?
    echo "run $i of $runs beside stress-ng --cpu 2: $(tail -1 "$log") ($((SECONDS - start)) s)"
    [ "$status" -eq 0 ] || { failed=$((failed + 1)); grep -E -A3 "^\s+Failed [A-Za-z]|Error Message" "$log" | head -40; echo "  whole output: $log"; }
done
echo "$((runs - failed)) of $runs runs passed"
[ "$failed" -eq 0 ]
