#!/usr/bin/env bash
# The window as an officer sees it, for looking at (and for before/after pairs): every tab of
# BIN on FILE, at 1400×900 and 1024×700, in Vietnamese and English, as PNGs in OUT_DIR.
#
#   scripts/screenshots.sh BIN OUT_DIR [FILE] [TABS]
#
# TABS (default 1..8) are the Ctrl+digit tabs to shoot; an older build with fewer tabs takes
# fewer. Each run gets a fresh data directory with the language preset, so no saved state or
# recovery offer differs between shots. Needs Xvfb, xdotool and ImageMagick (apt if missing).
set -euo pipefail
bin=$(realpath "${1:?usage: screenshots.sh BIN OUT_DIR [FILE] [TABS]}")
out=${2:?usage: screenshots.sh BIN OUT_DIR [FILE] [TABS]}
file=${3:-}
tabs=${4:-1 2 3 4 5 6 7 8}
mkdir -p "$out"
for tool in Xvfb xdotool import; do
  if ! command -v "$tool" >/dev/null; then
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq xvfb xdotool imagemagick >/dev/null
    break
  fi
done

shoot() { # size lang
  local size=$1 lang=$2 disp=95 home app
  while [[ -e /tmp/.X11-unix/X$disp || -e /tmp/.X$disp-lock ]]; do disp=$((disp + 1)); done
  Xvfb ":$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$disp ]] && break; sleep 0.1; done
  home=$(mktemp -d)
  mkdir -p "$home/xdg/parindex"
  local name=Vi
  [[ $lang == en ]] && name=En
  printf '{\n    "parindex-settings": "(lang:%s)",\n}\n' "$name" >"$home/xdg/parindex/app.ron"
  # shellcheck disable=SC2086
  HOME=$home XDG_DATA_HOME=$home/xdg PARINDEX_DATA_DIR=$home/data DISPLAY=":$disp" \
    "$bin" $file >/dev/null 2>&1 &
  app=$!
  sleep 6
  local window
  # A bare Xvfb has no window manager: focus the window by its class, then type.
  window=$(DISPLAY=":$disp" xdotool search --class parindex 2>/dev/null | tail -1 || true)
  for tab in $tabs; do
    if [[ -n $window ]]; then
      DISPLAY=":$disp" xdotool windowfocus "$window" 2>/dev/null || true
      DISPLAY=":$disp" xdotool key "ctrl+$tab" 2>/dev/null || true
    fi
    sleep 1.5
    DISPLAY=":$disp" import -window root "$out/${lang}-${size}-tab${tab}.png"
  done
  kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}

for size in 1400x900 1024x700; do
  for lang in vi en; do
    shoot "$size" "$lang"
  done
done
ls "$out"
