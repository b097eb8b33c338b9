#!/usr/bin/env bash
# Static checks, then the test suite. Called by `make test` inside scripts/with-services.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
echo "== ruff"
"$BIN/ruff" check .
echo "== mypy (threads/ and moderation/ are strict)"
"$BIN/mypy" threads moderation
echo "== pytest"
exec "$BIN/pytest" -q "$@"
