#!/usr/bin/env bash
# Resident memory of the real app under Xvfb, on the embedded seed and on a generated
# 10,000-item scorecard: VmRSS after SECONDS (default 6) of idling, and the peak (VmHWM).
# Target: the 10k figure under 1.5× the seed's.
#
#   scripts/memory.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
wait_s=${1:-6}

cargo build --release -q
bin=target/release/parindex
# shellcheck source=scripts/xvfb.sh
source scripts/xvfb.sh

"$bin" generate --items 10000 --depth 4 --seed 1 --out "$SCRATCH/big.ron" >/dev/null

# Prints "rss_kb hwm_kb" of one run on the given arguments.
one() {
  local home pid
  home=$(mktemp -d -p "$SCRATCH")
  HOME=$home PARINDEX_DATA_DIR=$home/data DISPLAY="$XVFB_DISPLAY" "$bin" "$@" >/dev/null 2>&1 &
  pid=$!
  sleep "$wait_s"
  awk '/^VmRSS/ {r=$2} /^VmHWM/ {h=$2} END {print r, h}' "/proc/$pid/status"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

read -r seed_rss seed_hwm < <(one)
read -r big_rss big_hwm < <(one "$SCRATCH/big.ron")
echo "seed (embedded): VmRSS ${seed_rss} kB, peak ${seed_hwm} kB"
echo "10,000 items:    VmRSS ${big_rss} kB, peak ${big_hwm} kB"
awk -v a="$big_rss" -v b="$seed_rss" -v c="$big_hwm" -v d="$seed_hwm" \
  'BEGIN {printf "ratio 10k/seed: resident %.2f, peak %.2f\n", a / b, c / d}'
