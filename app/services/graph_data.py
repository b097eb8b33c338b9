"""The argument graph fed from the database: comment rows for a period/source, and one cached analysis.

One loader serves the weekly report, the CLI export, the API and the graph page, so every view of
"who argues with whom" counts the same comments. Building the graph (addressee inference, Louvain,
layout) costs seconds on a big site, so the API keeps the last analyses per process, keyed by the
filters and a cheap fingerprint of the data (comment count, max id, last update, last scoring):
repeated requests reuse it, and any new comment, edit, decision or rescoring invalidates it.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Article, Author, Comment, CommentScore, CommentStatus, Source
from threads.graph_rows import CommentRow

log = logging.getLogger(__name__)

# The drawing shows the best-connected authors only: a browser cannot lay out a site, nor can a reader.
LAYOUT_MAX_NODES = 300
LAYOUT_SEED = 7
CACHE_SIZE = 8


class GraphFilterError(ValueError):
    """A filter a user typed that cannot be applied; the message is shown to them as is."""


@dataclass(frozen=True, slots=True)
class GraphFilter:
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
    source: str | None = None  # source slug

    def describe(self) -> str:
        parts = []
        if self.since:
            parts.append(f"from {self.since.isoformat()}")
        if self.until:
            parts.append(f"before {self.until.isoformat()}")
        if self.source:
            parts.append(f"source {self.source}")
        return ", ".join(parts) or "all comments"


def _parse_when(raw: str, name: str, *, end: bool) -> datetime:
    """A date or an ISO datetime. A bare date as the end bound includes that whole day."""
    text = raw.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day + timedelta(days=1) if end else day, time.min, tzinfo=UTC)
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise GraphFilterError(f"{name} must be a date (YYYY-MM-DD) or an ISO datetime, got {raw!r}") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def parse_filter(since: str | None, until: str | None, source: str | None) -> GraphFilter:
    start = _parse_when(since, "since", end=False) if since and since.strip() else None
    stop = _parse_when(until, "until", end=True) if until and until.strip() else None
    if start is not None and stop is not None and stop <= start:
        raise GraphFilterError("until must be after since")
    slug = source.strip() if source and source.strip() else None
    return GraphFilter(start, stop, slug)


def source_id_for(session: Session, slug: str | None) -> int | None:
    if slug is None:
        return None
    found = session.scalar(select(Source.id).where(Source.slug == slug))
    if found is None:
        raise GraphFilterError(f"unknown source {slug!r}")
    return int(found)


def _restrict(stmt: Any, since: datetime | None, until: datetime | None, source_id: int | None) -> Any:
    posted = func.coalesce(Comment.created_at, Comment.ingested_at)
    if since is not None:
        stmt = stmt.where(posted >= since)
    if until is not None:
        stmt = stmt.where(posted < until)
    if source_id is not None:
        stmt = stmt.join(Article, Article.id == Comment.article_id).where(Article.source_id == source_id)
    return stmt


def load_comment_rows(session: Session, *, since: datetime | None = None, until: datetime | None = None,
                      source_id: int | None = None) -> list[CommentRow]:
    """Comments posted in [since, until) (scraped ones count from ingestion), parents before children.

    Executed as Core on the session's connection: the ORM result machinery costs seconds on a
    hundred thousand rows and adds nothing to plain tuples.
    """
    posted = func.coalesce(Comment.created_at, Comment.ingested_at)
    stmt = _restrict(
        select(Comment.id, Comment.article_id, Comment.parent_id, Comment.author_id, Author.display_name,
               Comment.body, posted, CommentScore.toxicity, CommentScore.insult, Comment.status)
        .select_from(Comment).outerjoin(Author, Author.id == Comment.author_id)
        .outerjoin(CommentScore, CommentScore.comment_id == Comment.id), since, until, source_id,
    ).order_by(Comment.article_id, Comment.path)
    removed = CommentStatus.REMOVED.value
    fetched = session.connection().execute(stmt).all()
    return [CommentRow(str(cid), str(aid), None if pid is None else str(pid), None if uid is None else str(uid),
                       name, body, _utc(when), tox, insult, status == removed)
            for cid, aid, pid, uid, name, body, when, tox, insult, status in fetched]


def _utc(value: datetime | str | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite hands back coalesce() of timestamps as text
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def fingerprint(session: Session, filt: GraphFilter, source_id: int | None) -> tuple[Any, ...]:
    """Changes whenever a comment in scope is added, edited, moderated or rescored."""
    comments = _restrict(select(func.count(Comment.id), func.max(Comment.id), func.max(Comment.updated_at))
                         .select_from(Comment), filt.since, filt.until, source_id)
    scores = _restrict(select(func.count(CommentScore.comment_id), func.max(CommentScore.scored_at))
                       .select_from(Comment).join(CommentScore, CommentScore.comment_id == Comment.id),
                       filt.since, filt.until, source_id)
    return (str(session.get_bind().engine.url), *session.execute(comments).one(), *session.execute(scores).one())


@dataclass
class GraphAnalysis:
    """The argument graph of one filter, with what the API and page ask of it, computed on demand."""

    filt: GraphFilter
    rows: list[CommentRow]
    ag: Any  # threads.graph.ArgumentGraph
    # author node -> display name of the account behind it (known authors only, not inferred names)
    account_names: dict[str, str] = field(default_factory=dict)

    @property
    def graph(self) -> Any:
        return self.ag.graph

    def label(self, node: str) -> str:
        g = self.graph
        return str(g.nodes[node].get("label") or node) if node in g else node

    @cached_property
    def camps(self) -> Any:
        from threads.camps import camps, signed_graph

        return camps(signed_graph(self.graph), seed=LAYOUT_SEED)

    def camp_of(self, node: str) -> int | None:
        found = self.camps.camp_of.get(node)
        return None if found is None else int(found)

    @cached_property
    def balance(self) -> Any:
        from threads.camps import signed_graph, structural_balance

        return structural_balance(signed_graph(self.graph), shuffles=50)

    @cached_property
    def controversy(self) -> Any:
        from threads.camps import controversy_between_largest, signed_graph

        return controversy_between_largest(signed_graph(self.graph), self.camps)

    @cached_property
    def pairs(self) -> list[Any]:
        from threads.graph_metrics import antagonistic_pairs

        return antagonistic_pairs(self.ag)

    @cached_property
    def flame_wars(self) -> list[Any]:
        from threads.flamewars import flame_wars

        return flame_wars(self.ag)

    @cached_property
    def stats(self) -> dict[str, Any]:
        from threads.graph_metrics import author_stats

        return author_stats(self.ag)

    @cached_property
    def row_by_id(self) -> dict[str, CommentRow]:
        return {row.id: row for row in self.rows}

    @cached_property
    def layout(self) -> dict[str, tuple[float, float]]:
        """Spring layout of the LAYOUT_MAX_NODES best-connected authors, scaled to [0, 1]."""
        import networkx as nx

        g = self.graph
        ranked = sorted((n for n in g.nodes if g.degree(n) > 0), key=lambda n: (-g.degree(n), n))
        shown = ranked[:LAYOUT_MAX_NODES]
        if not shown:
            return {}
        sub = nx.Graph()
        sub.add_nodes_from(shown)
        sub.add_edges_from((a, b) for a, b in g.subgraph(shown).edges if a != b)
        pos = nx.spring_layout(sub, seed=LAYOUT_SEED)
        xs = [float(p[0]) for p in pos.values()]
        ys = [float(p[1]) for p in pos.values()]
        span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        return {n: (round((float(p[0]) - min(xs)) / span_x, 4), round((float(p[1]) - min(ys)) / span_y, 4))
                for n, p in pos.items()}

    def merges(self) -> list[Any]:
        resolution = self.ag.resolution
        return list(resolution.merges) if resolution is not None else []


def build_analysis(rows: list[CommentRow], filt: GraphFilter) -> GraphAnalysis:
    """Build the graph and give every known author their display name as the node label, so the
    exported file and the page say who someone is rather than a database id."""
    from threads.graph import build_graph

    ag = build_graph(rows)
    g = ag.graph
    names: dict[str, str] = {}
    for row in rows:
        if row.author_id is not None and row.author_name:
            names.setdefault(ag.author_of[row.id], row.author_name)
    for node, attrs in g.nodes(data=True):
        if not attrs.get("names") and node in names:
            attrs["label"] = names[node]
    return GraphAnalysis(filt, rows, ag, names)


_cache: OrderedDict[tuple[Any, ...], GraphAnalysis] = OrderedDict()
_cache_lock = threading.Lock()


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


def analysis_for(session: Session, filt: GraphFilter) -> GraphAnalysis:
    """The cached analysis for `filt`, rebuilt only when the data in scope changed."""
    source_id = source_id_for(session, filt.source)
    key = (filt, fingerprint(session, filt, source_id))
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    rows = load_comment_rows(session, since=filt.since, until=filt.until, source_id=source_id)
    result = build_analysis(rows, filt)
    log.info("argument graph built: %d comments, %d authors, %d edges (%s)", len(rows),
             result.graph.number_of_nodes(), result.graph.number_of_edges(), filt.describe())
    with _cache_lock:
        _cache[key] = result
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return result
