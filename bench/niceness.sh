#!/usr/bin/env bash
# Measures the processing lane's nice value (Lane:Niceness) side by side: for each round, each nice value runs (1) a
# burst at maximum rate on a quiet machine and (2) a steady 300 events/s with `stress-ng --cpu 2` beside the bot.
# Usage: bash bench/niceness.sh [rounds] [nice values...]   e.g. bash bench/niceness.sh 2 19 10 5 0
# Needs stress-ng (Debian: apt-get install stress-ng). Results: bench/results/niceness/*.json and a summary on stdout.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v stress-ng >/dev/null || { echo "stress-ng is required (Debian: apt-get install stress-ng)"; exit 2; }
rounds=${1:-2}; shift || true
values=("${@:-19 10 5 0}"); [ $# -eq 0 ] && values=(19 10 5 0)
out=$PWD/bench/results/niceness; mkdir -p "$out"
dotnet build src/CodiBot -c Release -v q >/dev/null && dotnet build bench/CodiBot.Bench -c Release -v q >/dev/null || exit 1

run() { # name nice stress args...
    local name=$1 nice=$2 stress=$3; shift 3
    local stressor=
    if [ "$stress" = yes ]; then stress-ng --cpu 2 --quiet & stressor=$!; fi
    Lane__Niceness=$nice dotnet run -c Release --no-build --project bench/CodiBot.Bench -- --quiet --duration "${DURATION:-15}" \
        --json "$out/$name.json" "$@" > "$out/$name.txt" 2>&1
    [ -n "$stressor" ] && { kill "$stressor"; wait "$stressor" 2>/dev/null; }
    local f="$out/$name.txt" ack ackp answered e2e drain
    ack=$(grep -m1 "acknowledged events/s" "$f" | cut -c41-)
    ackp=$(grep -m1 "latency ms p50/p95/p99/max" "$f" | cut -c41-)
    answered=$(grep -m1 "answered events/s" "$f" | cut -c41-)
    e2e=$(grep "latency ms p50/p95/p99/max" "$f" | sed -n 2p | cut -c41-)
    drain=$(grep -m1 "^  drain" "$f" | cut -c41-)
    machine=$(grep -m1 "machine CPU busy" "$f" | cut -c41-)
    printf '%-24s acked/s %9s  ack ms p50/95/99/max %-28s answered/s %8s  answer ms %-32s drain %s  machine %s\n' \
        "$name" "$ack" "$ackp" "$answered" "$e2e" "$drain" "$machine"
}

for round in $(seq 1 "$rounds"); do
    # Alternate the order of the nice values from round to round, so a drift of the machine's load hits all alike.
    order=("${values[@]}"); [ $((round % 2)) -eq 0 ] && order=($(printf '%s\n' "${values[@]}" | tac))
    for nice in "${order[@]}"; do
        # The webhook ahead of processing: a burst at maximum rate on an otherwise quiet machine.
        run "r$round-burst-n$nice" "$nice" no --drain 30
        # Processing not starved: a steady 300 events/s with two CPU hogs beside the bot.
        run "r$round-steady-stress-n$nice" "$nice" yes --rate 300 --drain 30
    done
done
