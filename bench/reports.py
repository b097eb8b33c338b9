"""Bench: a week's community-health report over a synthetic site of 1,000,000 comments with decisions.

    .venv/bin/python bench/reports.py                       # SQLite (+ PostgreSQL if THREADWATCH_TEST_POSTGRES_URL)
    bash scripts/with-services.sh .venv/bin/python bench/reports.py   # with a throwaway PostgreSQL
    .venv/bin/python bench/reports.py --comments 100000     # a quick run

The site is `bench/graph_synth.py`'s (heavy-tailed threads, Zipf authors, camps, reposts), spread
over --weeks weeks, scored, with a review queue, policy holds, human decisions and overturns. The
report is built in a fresh process per backend, which prints the time per section split into SQL
aggregation and Python work, and its peak RSS. The baseline, measured in the same run, is the naive
alternative for the cheapest sections: fetching the week's rows into Python and counting there.
Target: the whole report in under 30 s.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
# Python puts this script's folder first on sys.path; bench/ holds modules (queue.py) that would
# shadow the standard library, so import the repo instead and load graph_synth by path.
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != BENCH]

START = datetime(2026, 1, 5, tzinfo=UTC)  # a Monday
MODERATORS = 12


def _app(url: str) -> Any:
    from app import create_app
    from config import Config

    cfg = type("BenchConfig", (Config,), {"SQLALCHEMY_DATABASE_URI": url, "LOG_LEVEL": "WARNING",
                                          "INSTANCE_DIR": Path("/tmp")})
    return create_app(cfg)


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


class Writer:
    def __init__(self, raw: Any, dialect: str) -> None:
        self.raw, self.dialect = raw, dialect

    def ts(self, value: datetime | None) -> Any:
        if value is None or self.dialect == "postgresql":
            return value
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")

    def insert(self, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        cur = self.raw.cursor()
        if self.dialect == "postgresql":
            quoted = ", ".join(f'"{c}"' for c in columns)
            with cur.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        cur.close()


def populate(url: str, comments: int, weeks: int, seed: int = 7) -> dict[str, Any]:
    """Generate and bulk-load the site; returns what the report run needs to know."""
    import importlib.util

    from flask_migrate import upgrade

    spec = importlib.util.spec_from_file_location("graph_synth", BENCH / "graph_synth.py")
    assert spec is not None and spec.loader is not None
    graph_synth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(graph_synth)
    generate = graph_synth.generate

    from app.extensions import db

    t0 = time.perf_counter()
    rows = generate(comments, authors=max(comments // 40, 50), threads=max(comments // 150, 10), seed=seed)
    gen_s = time.perf_counter() - t0
    app = _app(url)
    with app.app_context():
        upgrade()
        dialect = db.engine.dialect.name
        raw = db.engine.raw_connection()
        if dialect == "sqlite":
            raw.execute("PRAGMA synchronous=OFF")
            raw.execute("PRAGMA journal_mode=MEMORY")
        w = Writer(raw, dialect)
        rng = random.Random(seed)
        span = timedelta(weeks=weeks).total_seconds()
        first, last = rows[0].created_at, rows[-1].created_at
        scale = span / max((last - first).total_seconds(), 1.0)

        def when(row: Any) -> datetime:
            return START + timedelta(seconds=(row.created_at - first).total_seconds() * scale)

        now = START + timedelta(weeks=weeks)
        sources = [(i + 1, f"site-{i}", f"Site {i}", "bench", w.ts(START)) for i in range(3)]
        w.insert("sources", ["id", "slug", "name", "kind", "created_at"], sources)
        users = [(i + 1, f"mod{i}@bench.test", "moderator", True, w.ts(START)) for i in range(MODERATORS)]
        w.insert("users", ["id", "email", "role", "active", "created_at"], users)
        thread_ids: dict[str, int] = {}
        article_rows = []
        author_ids: dict[str, int] = {}
        author_rows = []
        for row in rows:
            if row.thread_id not in thread_ids:
                aid = thread_ids[row.thread_id] = len(thread_ids) + 1
                title = f"Article {aid}"
                article_rows.append((aid, (aid % 3) + 1, row.thread_id, f"https://bench.example/a/{aid}", title,
                                     w.ts(when(row)), "", hashlib.sha256(title.encode()).hexdigest(),
                                     w.ts(when(row)), w.ts(when(row))))
            if row.author_id is not None and row.author_id not in author_ids:
                uid = author_ids[row.author_id] = len(author_ids) + 1
                author_rows.append((uid, 1, row.author_id, row.author_name, "active", w.ts(START)))
        w.insert("articles", ["id", "source_id", "external_id", "url", "title", "published_at", "body",
                              "content_hash", "created_at", "updated_at"], article_rows)
        w.insert("authors", ["id", "source_id", "external_id", "display_name", "standing", "created_at"], author_rows)

        index = {row.id: i + 1 for i, row in enumerate(rows)}
        paths: list[str] = [""] * (len(rows) + 1)
        depth = [0] * (len(rows) + 1)
        kids: dict[tuple[int, int], int] = {}
        c_cols = ["id", "article_id", "parent_id", "author_id", "external_id", "position", "depth", "path", "body",
                  "content_hash", "created_at", "ingested_at", "updated_at", "status", "score_state", "review_state",
                  "priority", "queued_rule", "queued_at", "flag_count", "decided_at", "decided_by_id", "version"]
        s_cols = ["comment_id", "model_identity", "scored_at", "toxicity", "severe_toxicity", "obscene", "threat",
                  "insult", "identity_attack", "sexual_explicit", "incitement", "worst_label", "worst_score",
                  "policy_action", "policy_rule", "policy_priority"]
        a_cols = ["comment_id", "author_id", "actor_id", "actor_label", "action", "reason", "rule",
                  "previous_status", "new_status", "created_at"]
        q_cols = ["comment_id", "cue", "start", "end", "text", "target"]
        batch_c: list[tuple[Any, ...]] = []
        batch_s: list[tuple[Any, ...]] = []
        batch_a: list[tuple[Any, ...]] = []
        batch_q: list[tuple[Any, ...]] = []
        decisions = 0

        def flush() -> None:
            w.insert("comments", c_cols, batch_c)
            w.insert("comment_scores", s_cols, batch_s)
            w.insert("audit_entries", a_cols, batch_a)
            w.insert("incitement_cues", q_cols, batch_q)
            for b in (batch_c, batch_s, batch_a, batch_q):
                b.clear()

        for row in rows:
            cid = index[row.id]
            art = thread_ids[row.thread_id]
            pid = index[row.parent_id] if row.parent_id else None
            key = (art, pid or 0)
            pos = kids.get(key, 0)
            kids[key] = pos + 1
            paths[cid] = (paths[pid] if pid else "") + f"{pos:06d}/"
            depth[cid] = depth[pid] + 1 if pid else 0
            created = when(row)
            tox = float(row.toxicity or 0.0)
            labels = {"toxicity": tox, "severe_toxicity": round(tox ** 3, 4), "obscene": round(tox * rng.random(), 4),
                      "threat": round(tox * rng.random() * 0.6, 4), "insult": float(row.insult or 0.0),
                      "identity_attack": round(tox * rng.random() * 0.5, 4),
                      "sexual_explicit": round(tox * rng.random() * 0.2, 4), "incitement": 0.0}
            if tox > 0.6 and rng.random() < 0.03:
                labels["incitement"] = round(0.5 + rng.random() * 0.5, 4)
                batch_q.append((cid, "call_to_action", 0, 12, "go get them", "them"))
            worst = max(labels, key=lambda k: labels[k])
            action, rule = ("hold", "incitement-hold") if labels["incitement"] >= 0.5 else (
                ("review", "toxicity-review") if tox >= 0.5 else ("approve", None))
            status, review, queued, decided, decided_by = "visible", "unreviewed", None, None, None
            author = author_ids.get(row.author_id) if row.author_id else None
            if action != "approve":
                queued = created + timedelta(seconds=30)
                review = "needs_review"
                if action == "hold":
                    status = "held"
                    batch_a.append((cid, author, None, "policy", "policy-hold", rule, rule, "visible", "held",
                                    w.ts(queued)))
                wait = timedelta(hours=math.exp(rng.gauss(math.log(2.0), 1.0)))
                if rng.random() < 0.9 and queued + wait < now:
                    mod = rng.randrange(MODERATORS) + 1
                    verdict = "remove" if (tox >= 0.7 or rng.random() < 0.3) else "approve"
                    decided, decided_by, review = queued + wait, mod, "decided"
                    status = "removed" if verdict == "remove" else "visible"
                    batch_a.append((cid, author, mod, f"mod{mod - 1}@bench.test", verdict, None, None, "visible",
                                    status, w.ts(decided)))
                    decisions += 1
                    if rng.random() < 0.03:
                        other = mod % MODERATORS + 1
                        undo = "restore" if verdict == "remove" else "remove"
                        later = decided + timedelta(hours=rng.random() * 24)
                        status = "visible" if undo == "restore" else "removed"
                        batch_a.append((cid, author, other, f"mod{other - 1}@bench.test", undo, None, None, "x",
                                        status, w.ts(later)))
                        decided, decided_by = later, other
                        decisions += 1
            elif row.removed:
                status = "removed"
            body = row.body
            batch_c.append((cid, art, pid, author, row.id, pos, depth[cid], paths[cid], body,
                            hashlib.md5(body.encode()).hexdigest(), w.ts(created), w.ts(created), w.ts(created),
                            status, "scored", review, 1 if queued else 0, rule, w.ts(queued), 0, w.ts(decided),
                            decided_by, 1))
            batch_s.append((cid, "bench", w.ts(created), *(labels[k] for k in s_cols[3:11]), worst, labels[worst],
                            action, rule, 1 if queued else 0))
            if len(batch_c) >= 20_000:
                flush()
        flush()
        raw.commit()
        if dialect == "postgresql":
            cur = raw.cursor()
            for table in ("sources", "users", "articles", "authors", "comments", "audit_entries", "incitement_cues"):
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            cur.execute("ANALYZE")
            raw.commit()
        else:
            raw.execute("ANALYZE")
            raw.commit()
        raw.close()
    load_s = time.perf_counter() - t0 - gen_s
    return {"generate_s": gen_s, "load_s": load_s, "decisions": decisions, "comments": len(rows)}


def report_run(url: str, week_start: str, parallel: bool = True) -> dict[str, Any]:
    """Runs in a fresh process: build the week's report, then the naive Python baseline."""
    from sqlalchemy import func, select

    from app.extensions import db
    from app.models import Comment, CommentScore
    from app.reports.compute import ReportOptions, build_report
    from app.reports.periods import Period
    from app.reports.render import render_html
    from app.reports.scope import Clock

    start = datetime.fromisoformat(week_start)
    period = Period("week", start, start + timedelta(days=7))
    app = _app(url)
    with app.app_context():
        clock = Clock()
        t0 = time.perf_counter()
        report = build_report(db.session, period, clock=clock, options=ReportOptions(parallel=parallel))
        build_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        render_html(report)
        render_s = time.perf_counter() - t1
        # Baseline: the label rates of this week and the previous one (the `rates` figures), counted in
        # Python over fetched score rows, against the same figures aggregated by SQL, both warm.
        from app.models import ALL_LABELS
        from app.reports import health
        from app.reports.scope import Scope

        thresholds = {label: 0.5 for label in ALL_LABELS}
        t2 = time.perf_counter()
        health.compute_rates(Scope(db.session, None, Clock()), period, thresholds)
        sql_s = time.perf_counter() - t2
        t3 = time.perf_counter()
        posted = func.coalesce(Comment.created_at, Comment.ingested_at)
        counts = []
        for p in (period, period.previous()):
            fetched = db.session.execute(
                select(*(getattr(CommentScore, label) for label in ALL_LABELS))
                .join(Comment, Comment.id == CommentScore.comment_id)
                .where(posted >= p.start, posted < p.end)).all()
            counts.append([sum(1 for r in fetched if r[i] is not None and r[i] >= 0.5) for i in range(len(ALL_LABELS))])
        baseline_s = time.perf_counter() - t3
        assert counts[0] == [r.count for r in report.health.label_rates], (counts[0], report.health.label_rates)
    return {
        "sections": {k: {"total": v.total, "sql": v.sql, "python": v.python} for k, v in clock.sections.items()},
        "build_s": build_s, "render_s": render_s, "baseline_s": baseline_s,
        "sql_rates_s": sql_s,
        "parallel": parallel, "week_comments": report.volume.comments, "decisions": report.moderation.human_decisions,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def print_result(backend: str, info: dict[str, Any], res: dict[str, Any]) -> None:
    made = ("site reused from an earlier run" if info.get("reused") else
            f"site generated in {info['generate_s']:.1f} s, loaded in {info['load_s']:.1f} s")
    print(f"\n== {backend}: {info['comments']:,} comments in the site, {res['week_comments']:,} in the week, "
          f"{res['decisions']:,} human decisions in the week ({made})")
    print("SQL sections overlapped with the people section (a second thread)" if res["parallel"] else
          "sections run one after another")
    print(f"{'section':<12}{'total s':>9}{'SQL s':>9}{'Python s':>10}")
    for name, t in res["sections"].items():
        print(f"{name:<12}{t['total']:>9.2f}{t['sql']:>9.2f}{t['python']:>10.2f}")
    sql = sum(t["sql"] for t in res["sections"].values())
    py = sum(t["python"] for t in res["sections"].values())
    print(f"{'sum':<12}{sql + py:>9.2f}{sql:>9.2f}{py:>10.2f}   wall {res['build_s']:.2f} s"
          f" + render HTML/charts {res['render_s']:.2f} s")
    total = res["build_s"] + res["render_s"]
    print(f"total {total:.2f} s (target < 30 s: {'OK' if total < 30 else 'MISSED'}); peak RSS {res['peak_rss_mb']:.0f} MB")
    ratio = res["baseline_s"] / max(res["sql_rates_s"], 1e-9)
    print(f"baseline: label rates (this + previous week) counted in Python over fetched rows {res['baseline_s']:.2f} s"
          f" vs SQL aggregation {res['sql_rates_s']:.2f} s -> ratio {ratio:.1f} (> 1: SQL faster)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--weeks", type=int, default=8, help="the site's comments span this many weeks")
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--sqlite-path", default=None, help="where the SQLite site is kept")
    parser.add_argument("--reuse", action="store_true", help="reuse the SQLite site of an earlier run if present")
    parser.add_argument("--sequential", action="store_true", help="no overlap of SQL and Python sections")
    parser.add_argument("--report-only", nargs=2, metavar=("URL", "WEEK_START"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.report_only:
        print(json.dumps(report_run(*args.report_only, parallel=not args.sequential)))
        return
    week = (START + timedelta(weeks=args.weeks - 2)).isoformat()  # a full week near the end
    targets: list[tuple[str, str]] = []
    if args.backend in ("sqlite", "both"):
        path = Path(args.sqlite_path or f"/tmp/threadwatch-bench-reports-{args.comments}-{args.weeks}w.db")
        if not (args.reuse and path.exists()):
            path.unlink(missing_ok=True)
        targets.append(("sqlite", f"sqlite:///{path}"))
    if args.backend in ("postgres", "both"):
        pg = os.environ.get("THREADWATCH_TEST_POSTGRES_URL")
        if pg:
            _reset_postgres(pg)
            targets.append(("postgresql", pg))
        else:
            print("PostgreSQL skipped: set THREADWATCH_TEST_POSTGRES_URL or run under scripts/with-services.sh")
    for backend, url in targets:
        if backend == "sqlite" and Path(url.removeprefix("sqlite:///")).exists():
            info = {"comments": args.comments, "generate_s": 0.0, "load_s": 0.0, "reused": True}
        else:
            info = populate(url, args.comments, args.weeks)
        mode = ["--sequential"] if args.sequential else []
        out = subprocess.run([sys.executable, __file__, *mode, "--report-only", url, week], capture_output=True, text=True,
                             cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
        if out.returncode != 0:
            print(out.stderr[-3000:])
            raise SystemExit(f"report run failed on {backend}")
        print_result(backend, info, json.loads(out.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
