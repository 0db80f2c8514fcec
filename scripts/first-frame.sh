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

cargo build --release --example first_frame -q
bin=target/release/examples/first_frame
# shellcheck source=scripts/xvfb.sh
source scripts/xvfb.sh

one() {
  local home
  home=$(mktemp -d -p "$SCRATCH")
  HOME=$home PARINDEX_DATA_DIR=$home/data DISPLAY="$XVFB_DISPLAY" timeout 60 "$bin" "$@" 2>/dev/null |
    sed -n 's/^first_frame_ms=//p'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: >"$SCRATCH/bare"
: >"$SCRATCH/app"
for _ in $(seq "$runs"); do
  one bare >>"$SCRATCH/bare"
  if [[ -n $file ]]; then one app "$file" >>"$SCRATCH/app"; else one app >>"$SCRATCH/app"; fi
done
bare=$(median <"$SCRATCH/bare")
app=$(median <"$SCRATCH/app")
echo "bare eframe window: median ${bare} ms  ($(paste -sd' ' "$SCRATCH/bare"))"
echo "parindex app:       median ${app} ms  ($(paste -sd' ' "$SCRATCH/app"))"
awk -v a="$app" -v b="$bare" 'BEGIN {printf "ratio app/bare: %.2f\n", a / b}'
