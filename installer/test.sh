#!/usr/bin/env bash
# README command 2: set up, start a throwaway PostgreSQL cluster, run the whole test suite.
#   bash installer/test.sh            the suite CI runs (quick seeded fault tests, benchmarks)
#   bash installer/test.sh --long     also the long fault and soak tests
#   extra arguments go to pytest, e.g.  bash installer/test.sh tests/domain -x
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-dev.sh

pytest_args=()
for arg in "$@"; do
  if [ "$arg" = "--long" ]; then export WINDOWDESK_LONG_TESTS=1; else pytest_args+=("$arg"); fi
done

source installer/pg-throwaway.sh
pg_throwaway_start
trap pg_throwaway_stop EXIT

export PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring
.venv/bin/ruff check src tests
# GUI tests open real X11 windows, each test process on a virtual screen of its own (pytest-xvfb).
run_pytest() { QT_QPA_PLATFORM=xcb .venv/bin/python -m pytest "$@"; }
if ((${#pytest_args[@]})); then
  run_pytest "${pytest_args[@]}"
else
  # Benchmarks and time-bound tests alone first, so nothing disturbs them (figures shown);
  # then every other test on both cores. The slowest are listed: CI must stay under 20 minutes.
  run_pytest -m "benchmark or serial" -s -q --durations=15
  run_pytest -n 2 -m "not benchmark and not serial" --durations=40
fi
