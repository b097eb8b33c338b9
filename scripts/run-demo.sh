#!/usr/bin/env bash
# The main job: migrate, ingest the sample articles, score them, and serve the moderation queue.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export FLASK_APP=app

if [ -z "${THREADWATCH_DETOXIFY_CHECKPOINT:-}" ] && [ -f ../shared/models/env.sh ]; then
  # The bundled offline model; elsewhere set THREADWATCH_DETOXIFY_MODEL=original to download the official one.
  . ../shared/models/env.sh
fi
SAMPLES=${THREADWATCH_SAMPLES_DIR:-../shared/samples/articles}
HOST=${THREADWATCH_HOST:-127.0.0.1}
PORT=${THREADWATCH_PORT:-5000}

# Before the minutes of migrating and scoring: is the port free? (gunicorn would only find out at the
# end, then retry five times.) SO_REUSEADDR as gunicorn binds, so a port in TIME_WAIT counts as free.
if ! "$BIN/python" - "$HOST" "$PORT" <<'PY'
import socket, sys
with socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET) as s:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind((sys.argv[1], int(sys.argv[2])))
    except OSError:
        sys.exit(1)
PY
then
  echo "Port $PORT on $HOST is already in use (another Threadwatch, perhaps: it serves http://$HOST:$PORT/)." >&2
  echo "Stop it, or choose another port: THREADWATCH_PORT=$((PORT + 1)) make run" >&2
  exit 1
fi

"$BIN/flask" db upgrade
if [ -d "$SAMPLES" ]; then
  "$BIN/flask" threads ingest "$SAMPLES"
else
  echo "no sample articles at $SAMPLES (set THREADWATCH_SAMPLES_DIR); starting with an empty database"
fi
"$BIN/flask" moderation score --pending
if "$BIN/flask" users --help >/dev/null 2>&1; then
  "$BIN/flask" users ensure-demo
fi
echo "Serving Threadwatch on http://$HOST:$PORT/ (Ctrl-C to stop)"
export THREADWATCH_INPROCESS_WORKER=${THREADWATCH_INPROCESS_WORKER:-1}
exec "$BIN/gunicorn" --workers 1 --threads 8 --bind "$HOST:$PORT" --access-logfile - "app:create_app()"
