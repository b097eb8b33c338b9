"""Seeding for bench/queue.py: a million comments in a few transactions, indexes built afterwards.

Inserting into a table with fifteen indexes row by row is what makes naive seeding slow, so the
seed drops the secondary indexes, bulk-inserts with executemany and journalling off, then
re-creates the indexes (one sorted build each) and runs ANALYZE so the planner knows the shapes.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

WORDS = ["the", "council", "vote", "road", "bridge", "budget", "school", "people", "town", "mayor", "plan", "tax", "water", "news", "article", "comment", "reply", "think", "wrong", "right", "agree", "never", "always", "really", "idiot", "liar", "clown", "shameful", "great", "thanks", "point", "evidence", "source", "read", "again", "because", "before", "after", "maybe", "every", "should", "would"]
LABELS = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack", "sexual_explicit")
T0 = datetime(2025, 1, 1, tzinfo=UTC)
BIG_ARTICLE_COMMENTS = 2000


def _ts(dt: datetime) -> str:
    # SQLAlchemy's SQLite DateTime storage format (UTCDateTime stores UTC, naive).
    return dt.strftime("%Y-%m-%d %H:%M:%S.%f")


def _chunks(rows: Iterator[tuple[object, ...]], size: int = 50_000) -> Iterator[list[tuple[object, ...]]]:
    batch: list[tuple[object, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _secondary_indexes(conn: sqlite3.Connection, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    marks = ",".join("?" * len(tables))
    return [(n, s) for n, s in conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tables)]


def seed(path: str, n_comments: int, n_articles: int, *, seed_value: int = 7) -> dict[str, int]:
    """Fill a migrated, empty database. Returns ids the bench needs (the 2,000-comment article...)."""
    rng = random.Random(seed_value)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    started = time.perf_counter()
    indexes = _secondary_indexes(conn, ("comments", "comment_scores", "score_spans"))
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("BEGIN")
    now = _ts(T0)
    conn.execute("INSERT INTO sources (id, slug, name, kind, created_at) VALUES (1, 'bench', 'Bench', 'scraped', ?)",
                 (now,))
    conn.execute("INSERT INTO sources (id, slug, name, kind, created_at) VALUES (2, 'other', 'Other', 'scraped', ?)",
                 (now,))
    conn.executemany(
        "INSERT INTO articles (id, source_id, external_id, title, body, content_hash, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, '', ?, ?, ?)",
        [(a, 1 if a % 4 else 2, f"a{a}", f"Article {a}: {' '.join(rng.sample(WORDS, 5))}", f"h{a}", now, now)
         for a in range(1, n_articles + 1)])
    n_authors = max(1, n_comments // 20)
    conn.executemany(
        "INSERT INTO authors (id, source_id, external_id, display_name, standing, created_at) VALUES (?, 1, ?, ?, 'active', ?)",
        [(u, f"u{u}", f"reader{u}", now) for u in range(1, n_authors + 1)])
    conn.execute("INSERT INTO users (id, email, role, active, created_at) VALUES"
                 " (1, 'bench@example.test', 'admin', 1, ?)", (now,))

    # The first article gets exactly BIG_ARTICLE_COMMENTS; the rest share what is left.
    sizes = [min(BIG_ARTICLE_COMMENTS, n_comments)]
    rest, others = n_comments - sizes[0], n_articles - 1
    sizes += [rest // others + (1 if i < rest % others else 0) for i in range(others)] if others else []

    def comment_rows() -> Iterator[tuple[object, ...]]:
        cid = 0
        for article_id, size in enumerate(sizes, start=1):
            children: dict[int, int] = {}
            paths: dict[int, str] = {}
            depths: dict[int, int] = {}
            first = cid + 1
            for _ in range(size):
                cid += 1
                parent = None if cid == first or rng.random() < 0.35 else rng.randint(max(first, cid - 50), cid - 1)
                key = parent or 0
                pos = children.get(key, 0)
                children[key] = pos + 1
                path = (paths[parent] if parent else "") + f"{pos:06d}/"
                depth = depths[parent] + 1 if parent else 0
                paths[cid], depths[cid] = path, depth
                created = T0 + timedelta(minutes=cid // 3)
                r = rng.random()
                status, review, priority, queued, decided, flags = "visible", "unreviewed", 0, None, None, 0
                if r < 0.10:
                    review, priority, queued = "needs_review", rng.randint(0, 9), _ts(created + timedelta(minutes=1))
                elif r < 0.12:
                    status, review, queued = "held", "needs_review", _ts(created + timedelta(minutes=1))
                elif r < 0.125:
                    review, priority, queued = "escalated", rng.randint(0, 9), _ts(created)
                elif r < 0.175:
                    review, decided = "decided", _ts(created + timedelta(hours=1))
                    status = "removed" if rng.random() < 0.4 else "visible"
                if rng.random() < 0.01:
                    flags = rng.randint(1, 5)
                body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
                yield (cid, article_id, parent, rng.randint(1, n_authors), f"c{cid}", pos, depth, path, body,
                       f"h{cid}", _ts(created), now, now, status, "scored", review, priority,
                       "bench-rule" if queued else None, queued, flags, decided, 1 if decided else None, 1)

    for batch in _chunks(comment_rows()):
        conn.executemany(
            "INSERT INTO comments (id, article_id, parent_id, author_id, external_id, position, depth, path, body,"
            " content_hash, created_at, ingested_at, updated_at, status, score_state, review_state, priority,"
            " queued_rule, queued_at, flag_count, decided_at, decided_by_id, version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)

    def score_rows() -> Iterator[tuple[object, ...]]:
        for cid in range(1, n_comments + 1):
            values = [rng.random() ** 3 for _ in LABELS]
            incitement = rng.random() ** 4
            worst = max(range(len(LABELS)), key=values.__getitem__)
            worst_label, worst_score = (LABELS[worst], values[worst]) if values[worst] >= incitement else ("incitement", incitement)
            yield (cid, "bench-model", now, *values, incitement, worst_label, worst_score, "review", "bench-rule", 0)

    for batch in _chunks(score_rows()):
        conn.executemany(
            "INSERT INTO comment_scores (comment_id, model_identity, scored_at, " + ", ".join(LABELS) +
            ", incitement, worst_label, worst_score, policy_action, policy_rule, policy_priority)"
            " VALUES (" + ",".join("?" * 16) + ")", batch)
    # A highlighted sentence for each queued comment (what the page renders).
    conn.execute("INSERT INTO score_spans (comment_id, kind, start, \"end\", toxicity, insult)"
                 " SELECT id, 'sentence', 0, 20, 0.9, 0.6 FROM comments WHERE review_state = 'needs_review'")
    conn.execute("COMMIT")
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("ANALYZE")
    conn.close()
    print(f"seeded {n_comments:,} comments over {n_articles:,} articles in {time.perf_counter() - started:.1f}s")
    return {"big_article": 1}
