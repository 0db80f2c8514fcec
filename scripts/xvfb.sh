# Sourced by the measurement scripts: installs Xvfb if missing and starts one on a free
# display, exporting XVFB_DISPLAY and a SCRATCH directory that are cleaned up on exit.
if ! command -v Xvfb >/dev/null; then
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq xvfb >/dev/null
fi
disp=91
while [[ -e /tmp/.X11-unix/X$disp || -e /tmp/.X$disp-lock ]]; do disp=$((disp + 1)); done
Xvfb ":$disp" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
SCRATCH=$(mktemp -d)
XVFB_DISPLAY=":$disp"
trap 'kill $xvfb_pid 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$disp ]] && break; sleep 0.1; done
