"""Moderator queue latency at a million comments, against plain indexed SELECTs of the same rows.

    .venv/bin/python bench/queue.py [--comments 1000000] [--articles 5000] [--n 60] [--reuse]

Seeds a SQLite file (bench/out/queue.db, migrated with the real migrations) with random scores
and queue states, logs in through the real login form, and measures through the Flask test
client, in one run, p50/p95 of: the queue page (Needs review, 50 items with all their context and
the per-queue counts), two filtered queues, the first page (300 comments) of a 2,000-comment
article's thread view, and a decision POST. Each is printed next to a baseline: the plain SELECT (or UPDATE + INSERT + COMMIT)
of the same rows on a raw sqlite3 connection, and the ratio of the two p95s. Wall clock and this
process's CPU time are both printed: on a shared machine the wall clock includes waiting for a
core, the CPU time does not.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# This file is named like the stdlib `queue` module: drop its folder from the path (or Celery's
# imports, pulled in by the app, would find this script instead) and put the repo root first.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [str(_HERE.parent)] + [p for p in sys.path if Path(p or ".").resolve() != _HERE]

from bench.queue_seed import seed  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
PASSWORD = "bench password 123"
QUEUE_SQL = (
    "SELECT c.*, s.* FROM comments c LEFT JOIN comment_scores s ON s.comment_id = c.id"
    " WHERE c.review_state = 'needs_review' {extra} ORDER BY c.priority DESC, c.queued_at, c.id LIMIT 51"
)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(fn: Callable[[int], object], n: int, warmup: int = 3) -> tuple[float, float, float, float]:
    """Wall-clock p50/p95, and CPU-time p50/p95 of this process (robust to a busy shared machine)."""
    for i in range(warmup):
        fn(i)
    wall, cpu = [], []
    for i in range(n):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn(warmup + i)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return (*percentiles(wall), *percentiles(cpu))


def build_app(db_path: Path):  # type: ignore[no-untyped-def]
    from app import create_app
    from config import Config

    config = type("BenchConfig", (Config,), {
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}", "INSTANCE_DIR": OUT, "SECRET_KEY": "bench",
        "RATELIMIT_ENABLED": False, "LOG_LEVEL": "WARNING", "TESTING": True,
    })
    return create_app(config)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--n", type=int, default=60, help="timed requests per measurement")
    parser.add_argument("--db", type=Path, default=OUT / "queue.db")
    parser.add_argument("--reuse", action="store_true", help="keep an existing seeded database")
    args = parser.parse_args()
    args.db = args.db.resolve()  # Flask-SQLAlchemy reads relative SQLite paths from the instance folder
    OUT.mkdir(parents=True, exist_ok=True)

    from flask_migrate import upgrade
    from sqlalchemy import select

    from app.auth.passwords import hash_password
    from app.extensions import db
    from app.models import User

    fresh = not (args.reuse and args.db.exists())
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    app = build_app(args.db)
    with app.app_context():
        if fresh:
            upgrade()
            db.session.remove()
            db.engine.dispose()
            seed(str(args.db), args.comments, args.articles)
        user = db.session.scalar(select(User).where(User.email == "bench@example.test"))
        assert user is not None
        user.password_hash = hash_password(PASSWORD)
        db.session.commit()
        db.session.remove()

    raw = sqlite3.connect(str(args.db), isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    decision_ids = [r[0] for r in raw.execute(
        "SELECT id FROM comments WHERE review_state='needs_review' ORDER BY id DESC LIMIT ?", (4 * (args.n + 3),))]
    articles = [r[0] for r in raw.execute("SELECT id FROM articles ORDER BY id LIMIT 4 OFFSET 10")]

    client = app.test_client()
    page = client.get("/login").text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    response = client.post("/login", data={"email": "bench@example.test", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302, response.status_code
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get("/").text).group(1)  # type: ignore[union-attr]

    def get(url: str) -> Callable[[int], object]:
        def run(_: int) -> object:
            resp = client.get(url)
            assert resp.status_code == 200, (url, resp.status_code)
            return resp.data
        return run

    def select_rows(sql: str, params: tuple[object, ...] = ()) -> Callable[[int], object]:
        return lambda _: raw.execute(sql, params).fetchall()

    app_ids = iter(decision_ids[: len(decision_ids) // 2])
    base_ids = iter(decision_ids[len(decision_ids) // 2:])

    def decide(_: int) -> object:
        cid = next(app_ids)
        resp = client.post(f"/comments/{cid}/decide", data={"action": "approve", "expected_version": 1,
                                                             "csrf_token": token, "next": "/"})
        assert resp.status_code == 302 and "/login" not in resp.headers["Location"]
        return resp

    def base_decide(_: int) -> object:
        cid = next(base_ids)
        raw.execute("BEGIN")
        raw.execute("UPDATE comments SET review_state='decided', decided_at=?, decided_by_id=1, version=version+1"
                    " WHERE id=? AND version=1", ("2026-01-01 00:00:00.000000", cid))
        raw.execute("INSERT INTO audit_entries (comment_id, actor_id, actor_label, action, created_at)"
                    " VALUES (?, 1, 'bench', 'approve', '2026-01-01 00:00:00.000000')", (cid,))
        raw.execute("COMMIT")
        return cid

    art_list = ",".join(str(a) for a in articles)
    PAGE_URLS.update({"queue page (needs review)": "/", "filtered: toxicity 0.8-1": "/?queue=review&label=toxicity&min=0.8&max=1",
                      "filtered: 4 articles + source": f"/?queue=review&source=bench&article={art_list}",
                      "thread view (2,000 comments, page 1)": "/articles/1/thread"})
    cases: list[tuple[str, Callable[[int], object], Callable[[int], object]]] = [
        ("queue page (needs review)", get("/"), select_rows(QUEUE_SQL.format(extra=""))),
        ("filtered: toxicity 0.8-1", get("/?queue=review&label=toxicity&min=0.8&max=1"),
         select_rows(QUEUE_SQL.format(extra="AND likelihood(s.toxicity >= 0.8 AND s.toxicity <= 1, 0.2)"))),
        ("filtered: 4 articles + source", get(f"/?queue=review&source=bench&article={art_list}"),
         select_rows(QUEUE_SQL.format(extra=f"AND c.article_id IN ({art_list}) AND c.article_id IN"
                                            " (SELECT id FROM articles WHERE source_id=1)"))),
        ("thread view (2,000 comments, page 1)", get("/articles/1/thread"),
         select_rows("SELECT c.id, c.parent_id, c.depth, c.body, c.status, c.review_state, c.version, c.created_at,"
                     " c.author_id, s.worst_label, s.worst_score FROM comments c LEFT JOIN comment_scores s"
                     " ON s.comment_id = c.id WHERE c.article_id = 1 ORDER BY c.path LIMIT 300")),
        ("decision POST (approve)", decide, base_decide),
    ]
    total = raw.execute("SELECT count(*) FROM comments").fetchone()[0]
    print(f"\n{total:,} comments, {args.n} timed runs each (after 3 warm-up), Flask test client vs raw sqlite3")
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    header = f"{'':32} {'--------- wall clock ---------':>40}   {'---- CPU time (this process) ----':>40}"
    print(header)
    print(f"{'measurement':32} {'app p50':>9} {'app p95':>9} {'base p95':>9} {'ratio':>7}   "
          f"{'app p50':>9} {'app p95':>9} {'base p95':>9} {'ratio':>7}")
    replays: dict[str, list[tuple[str, tuple[object, ...]]]] = {}
    for name, app_fn, base_fn in cases:
        a50, a95, ac50, ac95 = timed(app_fn, args.n)
        b50, b95, bc50, bc95 = timed(base_fn, args.n)
        print(f"{name:32} {a50:7.2f}ms {a95:7.2f}ms {b95:7.3f}ms {a95 / b95:6.1f}x   "
              f"{ac50:7.2f}ms {ac95:7.2f}ms {bc95:7.3f}ms {ac95 / max(bc95, 1e-3):6.1f}x")
        url = PAGE_URLS.get(name)
        if url is not None:
            # A second baseline: every SELECT the page itself ran (the queue rows AND their scores,
            # spans, reasons, parents, replies, author history...), replayed through raw sqlite3.
            # The ratio is then the app's own cost (ORM, Python, templates) over fetching exactly
            # the rows it shows. It inherits the page's query plans, so it cannot flag a bad plan:
            # the single-SELECT ratio above is the check for that.
            replays[name] = captured_selects(app, client, url)
            r50, r95, rc50, rc95 = timed(replay(raw, replays[name]), args.n)
            label = f"  vs replay of its {len(replays[name])} SELECTs"
            print(f"{label:32} {'':9} {a95:7.2f}ms {r95:7.3f}ms {a95 / r95:6.1f}x   "
                  f"{'':9} {ac95:7.2f}ms {rc95:7.3f}ms {ac95 / max(rc95, 1e-3):6.1f}x")
    raw.close()


def captured_selects(app: Any, client: Any, url: str) -> list[tuple[str, tuple[object, ...]]]:
    """The SELECT statements (with their parameters) that one request of `url` executes."""
    from sqlalchemy import event

    from app.extensions import db

    seen: list[tuple[str, tuple[object, ...]]] = []

    def listener(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, tuple(parameters or ())))

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", listener)
    try:
        assert client.get(url).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return seen


def replay(raw: sqlite3.Connection, statements: list[tuple[str, tuple[object, ...]]]) -> Callable[[int], object]:
    def run(_: int) -> object:
        return [raw.execute(sql, params).fetchall() for sql, params in statements]
    return run


PAGE_URLS: dict[str, str] = {}


if __name__ == "__main__":
    main()
