"""Webhook throughput: gunicorn on 127.0.0.1, N signed events over K keep-alive connections.

Prints accepted events/s, latency p50/p95/p99, events lost or duplicated (counted in the database
afterwards; must be 0), and, as the limit, the rate of inserting the same rows (comment + event
log row, one transaction each, same concurrency) through SQLAlchemy Core. Runs for SQLite and for
PostgreSQL (THREADWATCH_TEST_POSTGRES_URL, or a throwaway server started here).

    .venv/bin/python bench/webhook.py --events 3000 --connections 16 --backend both
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# the script's own folder first on sys.path would let bench/queue.py shadow the standard library
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != REPO / "bench"]

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from app.webhooks.signatures import sign_standard  # noqa: E402

SECRET = "whsec_" + base64.b64encode(b"bench-secret-bench-secret").decode()
BIN = REPO / ".venv" / "bin"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(cmd: list[str], env: dict[str, str]) -> None:
    subprocess.run(cmd, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


class ThrowawayPostgres:
    """Like scripts/with-services.sh: initdb in a temp dir, loopback only, fsync off."""

    def __init__(self) -> None:
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
        if not bins:
            raise SystemExit("PostgreSQL is not installed; set THREADWATCH_TEST_POSTGRES_URL")
        self.bin = bins[-1]
        self.dir = Path(tempfile.mkdtemp(prefix="tw-bench-pg-"))
        self.dir.chmod(0o755)
        self.port = free_port()
        self.as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def __enter__(self) -> str:
        data = self.dir / "pg"
        data.mkdir()
        if self.as_pg:
            shutil.chown(data, "postgres")
        subprocess.run([*self.as_pg, str(self.bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                        "--no-sync"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([*self.as_pg, str(self.bin / "pg_ctl"), "-D", str(data), "-w", "-l", str(data / "log"), "-o",
                        f"-p {self.port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off "
                        "-c max_connections=200", "start"], check=True, stdout=subprocess.DEVNULL)
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def __exit__(self, *exc: object) -> None:
        subprocess.run([*self.as_pg, str(self.bin / "pg_ctl"), "-D", str(self.dir / "pg"), "-m", "immediate", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)


def fresh_database(kind: str, pg_base: str | None, workdir: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{workdir / 'bench.db'}"
    assert pg_base is not None
    admin = create_engine(pg_base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS threadwatch_bench WITH (FORCE)"))
        conn.execute(text("CREATE DATABASE threadwatch_bench"))
    admin.dispose()
    return pg_base.rsplit("/", 1)[0] + "/threadwatch_bench"


def make_events(n: int, articles: int, prefix: str = "") -> list[tuple[str, bytes]]:
    events = []
    for i in range(n):
        article = f"{prefix}a{i % articles}"
        parent = f"{prefix}c{i - articles}" if i >= articles and i % 3 == 0 else None
        payload = {"id": f"{prefix}evt-{i}", "type": "comment.created", "occurred_at": "2024-05-01T10:00:00Z",
                   "article": {"id": article, "title": f"Bench article {article}"},
                   "comment": {"id": f"{prefix}c{i}", "parent_id": parent, "body": f"Bench comment number {i}, on the road works.",
                               "author": {"id": f"u{i % 97}", "name": f"Reader {i % 97}"},
                               "created_at": "2024-05-01T10:00:00Z"}}
        events.append((f"{prefix}evt-{i}", json.dumps(payload).encode()))
    return events


def drive(port: int, events: list[tuple[str, bytes]], connections: int, time_limit: float) -> dict[str, object]:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    deadline = time.monotonic() + time_limit
    shares = [events[i::connections] for i in range(connections)]

    def client(share: list[tuple[str, bytes]]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        codes: dict[int, int] = {}
        for msg_id, body in share:
            if time.monotonic() > deadline:
                break
            stamp = int(time.time())
            headers = {"content-type": "application/json", "webhook-id": msg_id, "webhook-timestamp": str(stamp),
                       "webhook-signature": sign_standard(SECRET, msg_id, stamp, body)}
            start = time.perf_counter()
            for attempt in range(3):
                try:
                    conn.request("POST", "/webhooks/bench", body=body, headers=headers)
                    response = conn.getresponse()
                    response.read()
                    break
                except (ConnectionError, http.client.HTTPException):
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    if attempt == 2:
                        raise
            mine.append(time.perf_counter() - start)
            codes[response.status] = codes.get(response.status, 0) + 1
        conn.close()
        with lock:
            latencies.extend(mine)
            for code, count in codes.items():
                statuses[code] = statuses.get(code, 0) + count

    threads = [threading.Thread(target=client, args=(share,)) for share in shares]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    return {"elapsed": elapsed, "sent": len(latencies), "statuses": statuses, "p50": pct(0.50), "p95": pct(0.95),
            "p99": pct(0.99), "mean": statistics.fmean(latencies) * 1000 if latencies else float("nan")}


WRK_SCRIPT = r"""
-- Each wrk thread sends its own share of the pre-signed events (thread t: events t, t+T, ...),
-- then stops; requests asked for after that go to an unknown source (a cheap 404, not counted).
local events = dofile(os.getenv("TW_EVENTS_FILE"))
local threads_total = tonumber(os.getenv("TW_WRK_THREADS"))
local counter = 1
local all_threads = {}
function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(all_threads, thread)
end
function init(args)
  next_index = tid
  exhausted = 0
  conns = tonumber(os.getenv("TW_WRK_CONNS_PER_THREAD"))
  other = ""
  share = 0
  for i = tid, #events, threads_total do share = share + 1 end
end
function request()
  -- wrk calls request() once on the first thread's state to check the script before sending;
  -- answer that check without using up an event.
  if tid == 1 and not checked then
    checked = true
    return wrk.format("GET", "/")
  end
  local e = events[next_index]
  if e == nil then
    return wrk.format("POST", "/webhooks/__exhausted__", {}, "")
  end
  next_index = next_index + threads_total
  return wrk.format("POST", "/webhooks/bench", {["content-type"] = "application/json",
    ["webhook-id"] = e[1], ["webhook-timestamp"] = e[2], ["webhook-signature"] = e[3]}, e[4])
end
function response(status, headers, body)
  -- Connections send their events back to back; once every connection of this thread has had
  -- its "exhausted" 404, all of its real events have been answered.
  if status == 404 then
    exhausted = exhausted + 1
    if exhausted >= conns then wrk.thread:stop() end
  elseif status ~= 202 then
    other = other .. status .. ","
  end
end
function done(summary, latency, requests)
  for _, t in ipairs(all_threads) do
    local o = t:get("other")
    if o ~= nil and o ~= "" then io.write("TW_OTHER " .. o .. "\n") end
  end
  io.write(string.format("TW_RESULT requests=%d errors=%d duration_us=%d p50=%d p95=%d p99=%d mean=%f\n",
    summary.requests, summary.errors.status, summary.duration, latency:percentile(50),
    latency:percentile(95), latency:percentile(99), latency.mean))
end
"""


def _lua_string(value: str | bytes) -> str:
    text = value.decode() if isinstance(value, bytes) else value
    level = "=" * 4
    assert f"]{level}]" not in text
    return f"[{level}[{text}]{level}]"


def drive_wrk(port: int, events: list[tuple[str, bytes]], connections: int, time_limit: float) -> dict[str, object]:
    """The same signed events through wrk (C, a few % of a core), so the load generator does not
    compete with the server for this machine's 2 cores the way a Python client does."""
    workdir = Path(tempfile.mkdtemp(prefix="tw-wrk-"))
    stamp = int(time.time())
    rows = [f"{{{_lua_string(m)}, {_lua_string(str(stamp))}, {_lua_string(sign_standard(SECRET, m, stamp, b))}, "
            f"{_lua_string(b)}}}" for m, b in events]
    (workdir / "events.lua").write_text("return {\n" + ",\n".join(rows) + "\n}\n", encoding="utf-8")
    (workdir / "send.lua").write_text(WRK_SCRIPT, encoding="utf-8")
    threads = min(2, connections)
    connections -= connections % threads
    env = {**os.environ, "TW_EVENTS_FILE": str(workdir / "events.lua"), "TW_WRK_THREADS": str(threads),
           "TW_WRK_CONNS_PER_THREAD": str(connections // threads)}
    out = subprocess.run(
        # wrk always runs for its whole -d, so keep it just long enough at >= 250 events/s;
        # the rate is measured from the stored events' timestamps instead (see bench()).
        ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{int(min(time_limit, 5 + len(events) / 250))}s",
         "--timeout", "30s",
         "-s", str(workdir / "send.lua"), f"http://127.0.0.1:{port}/"],
        env=env, capture_output=True, text=True, timeout=time_limit + 60, check=True).stdout
    shutil.rmtree(workdir, ignore_errors=True)
    if os.environ.get("TW_WRK_DEBUG"):
        print(out)
    for other in (x for x in out.splitlines() if x.startswith("TW_OTHER")):
        print("non-202 answers:", other.split(" ", 1)[1])
    line = next(x for x in out.splitlines() if x.startswith("TW_RESULT"))
    fields = dict(item.split("=") for item in line.split()[1:])
    accepted = int(fields["requests"]) - int(fields["errors"])
    return {"elapsed": int(fields["duration_us"]) / 1e6, "sent": accepted, "statuses": {202: accepted},
            "p50": int(fields["p50"]) / 1000, "p95": int(fields["p95"]) / 1000, "p99": int(fields["p99"]) / 1000,
            "mean": float(fields["mean"]) / 1000, "client": "wrk"}


def stored_span(url: str) -> float:
    from app.models.live import WebhookEvent

    engine = create_engine(url)
    with engine.connect() as conn:
        first, last = conn.execute(
            select(func.min(WebhookEvent.received_at), func.max(WebhookEvent.received_at))
            .where(~WebhookEvent.event_id.like("warm-%"))).one()
    engine.dispose()
    return (last - first).total_seconds()


def count_rows(url: str) -> tuple[int, int, int]:
    from app.models import Comment
    from app.models.live import WebhookEvent

    engine = create_engine(url)
    with engine.connect() as conn:
        events = conn.scalar(select(func.count()).select_from(WebhookEvent.__table__))
        comments = conn.scalar(select(func.count()).select_from(Comment.__table__))
        distinct = conn.scalar(select(func.count(func.distinct(Comment.external_id))))
    engine.dispose()
    return int(events or 0), int(comments or 0), int(distinct or 0)


def raw_insert_rate(url: str, events: list[tuple[str, bytes]], connections: int) -> float:
    """The same rows (a comment and its event-log row, one transaction per event) via Core."""
    # (inserted under a source and article of their own, after the webhook run was counted)
    from app.db_setup import configure_engine
    from app.models import Article, Comment, Source
    from app.models.base import utcnow
    from app.models.live import WebhookEvent
    from app.models.threads import path_segment
    from threads.model import content_hash

    engine = create_engine(url, pool_size=connections, max_overflow=0)
    configure_engine(engine)  # the app's own per-connection settings (WAL, synchronous=NORMAL on SQLite)
    with engine.begin() as conn:
        source_id = conn.execute(Source.__table__.insert().values(slug="raw", name="raw", kind="raw",
                                                                  created_at=utcnow())).inserted_primary_key[0]
        article_id = conn.execute(Article.__table__.insert().values(
            source_id=source_id, external_id="raw", title="raw", body="", content_hash="x", created_at=utcnow(),
            updated_at=utcnow())).inserted_primary_key[0]
    shares = [list(enumerate(events))[i::connections] for i in range(connections)]

    def worker(share: list[tuple[int, tuple[str, bytes]]]) -> None:
        for i, (msg_id, body) in share:
            payload = json.loads(body)["comment"]
            now = utcnow()
            with engine.begin() as conn:
                cid = conn.execute(Comment.__table__.insert().values(
                    article_id=article_id, external_id=payload["id"], position=i, depth=0, path=path_segment(i),
                    body=payload["body"], content_hash=content_hash(payload["body"]), created_at=now,
                    ingested_at=now, updated_at=now, status="visible", score_state="pending",
                    review_state="unreviewed", priority=0, flag_count=0, version=1)).inserted_primary_key[0]
                conn.execute(WebhookEvent.__table__.insert().values(
                    source_id=source_id, event_id=msg_id, event_type="comment.created", raw_body=body,
                    article_id=article_id, comment_id=cid, outcome="new", received_at=now))

    threads = [threading.Thread(target=worker, args=(s,)) for s in shares]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    engine.dispose()
    return len(events) / elapsed


def bench(kind: str, pg_base: str | None, args: argparse.Namespace) -> dict[str, object]:
    workdir = Path(tempfile.mkdtemp(prefix=f"tw-bench-{kind}-"))
    url = fresh_database(kind, pg_base, workdir)
    env = {**os.environ, "THREADWATCH_DATABASE_URL": url, "THREADWATCH_ENV": "production",
           "THREADWATCH_SECRET_KEY": secrets.token_urlsafe(48), "THREADWATCH_LOG_LEVEL": "WARNING", "THREADWATCH_INPROCESS_WORKER": "0",
           "THREADWATCH_INSTANCE_DIR": str(workdir), "PYTHONPATH": str(REPO)}
    flask = [str(BIN / "flask"), "--app", "app:create_app"]
    run([*flask, "db", "upgrade"], env)
    run([*flask, "sources", "add", "bench", "--scheme", "standard", "--format", "generic", "--secret", SECRET], env)
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-w", str(args.workers), "-k", "gthread", "--threads", str(args.threads),
         "-b", f"127.0.0.1:{port}", "--keep-alive", "30", "--log-level", "warning", "app:create_app()"],
        cwd=REPO, env=env, start_new_session=True)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        events = make_events(args.events, args.articles)
        drive(port, make_events(50, 5, prefix="warm-"), 4, 30)  # warm-up: imports, connection pools (5 articles of its own)
        driver = drive_wrk if args.client == "wrk" else drive
        result = driver(port, events, args.connections, args.time_limit)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    rows_events, rows_comments, distinct = count_rows(url)
    accepted = int(result["statuses"].get(202, 0))  # type: ignore[union-attr]
    if result.get("client") == "wrk":
        # first to last stored event (wrk's own clock includes its idle -d tail), plus one mean latency
        result["elapsed"] = stored_span(url) + float(result["mean"]) / 1000  # type: ignore[arg-type]
    # the warm-up added 50 events and comments of its own
    # every event not stored counts as lost, whatever the client saw (the warm-up stored 50 of its own)
    lost = args.events - (rows_events - 50)
    duplicated = rows_comments - distinct
    # SQLite has a single writer: its limit is one connection inserting back to back (more only
    # adds lock waits); PostgreSQL's is the same concurrency as the load
    raw = raw_insert_rate(url, events, 1 if kind == "sqlite" else args.connections)
    rate = accepted / float(result["elapsed"])  # type: ignore[arg-type]
    shutil.rmtree(workdir, ignore_errors=True)
    return {**result, "kind": kind, "accepted": accepted, "rate": rate, "lost": lost, "duplicated": duplicated,
            "raw": raw}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--connections", type=int, default=6)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--time-limit", type=float, default=120.0, help="stop sending after this many seconds")
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--client", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python",
                        help="load generator: Debian's wrk (default when installed) or a Python thread pool")
    args = parser.parse_args()
    kinds = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    results = []
    pg_ctx: ThrowawayPostgres | None = None
    pg_base = os.environ.get("THREADWATCH_TEST_POSTGRES_URL")
    try:
        if "postgres" in kinds and not pg_base:
            pg_ctx = ThrowawayPostgres()
            pg_base = pg_ctx.__enter__()
        for kind in kinds:
            results.append(bench(kind, pg_base, args))
    finally:
        if pg_ctx is not None:
            pg_ctx.__exit__(None, None, None)
    print(f"\n{args.events} signed comment.created events via {args.client}, {args.connections} connections, "
          f"gunicorn {args.workers} workers x {args.threads} threads, {os.cpu_count()} CPUs")
    for r in results:
        print(f"[{r['kind']}] accepted {r['accepted']}/{args.events} in {r['elapsed']:.2f}s = {r['rate']:.0f} events/s; "
              f"latency p50 {r['p50']:.1f} ms, p95 {r['p95']:.1f} ms, p99 {r['p99']:.1f} ms; statuses {r['statuses']}")
        print(f"[{r['kind']}] lost {r['lost']}, duplicated {r['duplicated']} (counted in the database)")
        print(f"[{r['kind']}] raw Core insert of the same rows: {r['raw']:.0f} rows/s; "
              f"webhook / raw = {r['rate'] / r['raw']:.0%}")
        if r["kind"] == "postgres":
            ok = r["rate"] >= 500 and r["p99"] < 50 and r["rate"] / r["raw"] >= 0.4
            print(f"[postgres] targets (>=500/s, p99<50ms, >=40% of raw): {'MET' if ok else 'NOT MET'}")


if __name__ == "__main__":
    main()
