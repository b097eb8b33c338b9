#!/usr/bin/env bash
# Static checks, then the test suite. Called by `make test` inside scripts/with-services.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
echo "== ruff"
"$BIN/ruff" check .
echo "== mypy --strict (threads/, moderation/, app/, config.py)"
"$BIN/mypy" threads moderation app config.py
echo "== pytest"
exec "$BIN/pytest" -q "$@"
