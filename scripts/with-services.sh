#!/usr/bin/env bash
# Runs a command with real, throwaway PostgreSQL and Redis servers on loopback, then stops them.
# Servers that are not installed are left out; the tests that need them then skip locally and
# fail in CI (CI=true), where .ci/run installs them.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -f ../shared/models/env.sh ]; then
  # The real offline model, for the demo and the tests about what a real model says.
  . ../shared/models/env.sh
fi

SERVICES_DIR=$(mktemp -d /tmp/threadwatch-services.XXXXXX)
chmod 755 "$SERVICES_DIR"
PG_PORT=${THREADWATCH_TEST_PG_PORT:-55432}
REDIS_PORT=${THREADWATCH_TEST_REDIS_PORT:-56379}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  if [ -n "${PG_STARTED:-}" ]; then as_pg "$PG_BIN/pg_ctl" -D "$SERVICES_DIR/pg" -m immediate stop >/dev/null 2>&1; fi
  if [ -n "${REDIS_STARTED:-}" ]; then kill "$(cat "$SERVICES_DIR/redis.pid" 2>/dev/null)" 2>/dev/null; fi
  rm -rf "$SERVICES_DIR"
}
trap cleanup EXIT

if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ]; then
  mkdir -p "$SERVICES_DIR/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$SERVICES_DIR/pg"
  if as_pg "$PG_BIN/initdb" -D "$SERVICES_DIR/pg" -A trust -U postgres --no-sync >"$SERVICES_DIR/initdb.log" 2>&1 &&
     as_pg "$PG_BIN/pg_ctl" -D "$SERVICES_DIR/pg" -w -l "$SERVICES_DIR/pg/server.log" \
       -o "-p $PG_PORT -k $SERVICES_DIR/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
    PG_STARTED=1
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres threadwatch_test
    export THREADWATCH_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/threadwatch_test"
    echo "PostgreSQL test server on 127.0.0.1:$PG_PORT"
  else
    echo "PostgreSQL failed to start:"; cat "$SERVICES_DIR/initdb.log" "$SERVICES_DIR/pg/server.log" 2>/dev/null | tail -20
  fi
else
  echo "PostgreSQL server not installed (apt-get install postgresql): its tests will skip"
fi

if command -v redis-server >/dev/null 2>&1; then
  if redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
       --dir "$SERVICES_DIR" --pidfile "$SERVICES_DIR/redis.pid" --logfile "$SERVICES_DIR/redis.log"; then
    REDIS_STARTED=1
    for _ in $(seq 50); do [ -f "$SERVICES_DIR/redis.pid" ] && break; sleep 0.1; done
    export THREADWATCH_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
    echo "Redis test server on 127.0.0.1:$REDIS_PORT"
  fi
else
  echo "Redis server not installed (apt-get install redis-server): its tests will skip"
fi

for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then export THREADWATCH_CHROMIUM="$candidate"; break; fi
done

"$@"
