#!/usr/bin/env bash
# README command 1: set up, load the demo data into the embedded SQLite store, start the GUI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-dev.sh
.venv/bin/windowdesk demo --cases 12   # site, users, queue categories, catalogue, sample cases
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting windowdesk on a virtual X display (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/windowdesk "$@"
fi
exec .venv/bin/windowdesk "$@"
