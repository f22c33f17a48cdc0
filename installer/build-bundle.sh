#!/usr/bin/env bash
# Builds dist/windowdesk/ (a one-folder PyInstaller bundle) and checks that it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-dev.sh
.venv/bin/python -m pip install -q "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build installer/windowdesk.spec
dist/windowdesk/windowdesk --version
