#!/usr/bin/env bash
# First frame of the real app against a bare eframe window, in the same run under Xvfb:
# RUNS (default 10) alternating launches of each, medians and their ratio (target ≤ 1.3).
#
#   scripts/first-frame.sh [FILE]
#
# Each launch gets a fresh HOME and data directory, so no saved state or recovery offer
# differs between runs. Needs Xvfb (installed from apt if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
file=${1:-}

if ! command -v Xvfb >/dev/null; then
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq xvfb >/dev/null
fi
cargo build --release --example first_frame -q
bin=target/release/examples/first_frame

disp=91
while [[ -e /tmp/.X11-unix/X$disp || -e /tmp/.X$disp-lock ]]; do disp=$((disp + 1)); done
Xvfb ":$disp" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
scratch=$(mktemp -d)
trap 'kill $xvfb_pid 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$disp ]] && break; sleep 0.1; done

one() {
  local home
  home=$(mktemp -d -p "$scratch")
  HOME=$home PARINDEX_DATA_DIR=$home/data DISPLAY=":$disp" timeout 60 "$bin" "$@" 2>/dev/null |
    sed -n 's/^first_frame_ms=//p'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: >"$scratch/bare"
: >"$scratch/app"
for _ in $(seq "$runs"); do
  one bare >>"$scratch/bare"
  if [[ -n $file ]]; then one app "$file" >>"$scratch/app"; else one app >>"$scratch/app"; fi
done
bare=$(median <"$scratch/bare")
app=$(median <"$scratch/app")
echo "bare eframe window: median ${bare} ms  ($(paste -sd' ' "$scratch/bare"))"
echo "parindex app:       median ${app} ms  ($(paste -sd' ' "$scratch/app"))"
awk -v a="$app" -v b="$bare" 'BEGIN {printf "ratio app/bare: %.2f\n", a / b}'
