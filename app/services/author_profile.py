"""One person as the desk sees them: their comments and what was decided, their scores over time, their
warnings, suspensions and bans, the accounts that post the same text, and their place in the argument graph.

A person is either an account (an `Author` row, named by the comment system) or someone the argument
graph inferred on an anonymous page (a node such as "name:nora" with no account behind it). Both get
the same page; only accounts can be warned, suspended or banned, since an inferred person has nothing
the comment system could restrict.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Article, AuditEntry, Author, Comment, CommentScore, Source
from app.services.graph_data import CACHE_SIZE, GraphAnalysis, GraphFilter, _utc, analysis_for
from app.services.queue_context import state_words
from app.services.undone import standing_decision

# The page lists the newest comments first; older ones are counted, not shown.
MAX_COMMENTS = 200
MAX_PARTNERS = 8
# Same threshold the weekly report uses for "the same text under different names".
LINK_THRESHOLD = 0.7
SANCTION_WORDS = {"author-warn": "Warned", "author-suspend": "Suspended", "author-ban": "Banned",
                  "author-reinstate": "Reinstated"}


class UnknownPerson(LookupError):
    """No account with that id, or no such person in the argument graph."""


@dataclass
class AuthoredComment:
    id: int
    article_id: int
    article_title: str
    body: str
    posted: datetime | None
    state: str  # in words: "Removed (insult)", "Held, waiting for review", "Approved", ...
    decided_by: str | None
    worst_label: str | None
    worst_score: float | None
    flagged: bool


@dataclass
class Sanction:
    when: datetime
    what: str
    by: str
    reason: str | None
    note: str | None
    entry_id: int = 0  # the audit entry: what Lift (an undo of it) names
    in_force: bool = False  # still shapes the standing, so it can be lifted (or, a reinstatement, undone)
    now: str = ""  # "In force", "Lifted by … on …", "Ended on …"
    action: str = ""  # warn, suspend, ban, reinstate


@dataclass
class LinkedAccount:
    node: str
    name: str
    author_id: int | None
    # (their comment, this person's comment) pairs with near-identical text
    comment_pairs: list[tuple[int, int]]
    similarity: float
    exact: bool


@dataclass
class Partner:
    node: str
    name: str
    author_id: int | None
    replies_to: int
    replies_from: int
    hostile: int


@dataclass
class GraphPlace:
    node: str
    label: str
    camp: int | None
    camp_size: int
    partners: list[Partner] = field(default_factory=list)


@dataclass
class AuthorProfile:
    name: str
    node: str | None  # argument-graph node; None if they wrote nothing the graph holds
    author: Author | None  # None for a person only the graph knows
    comments: list[AuthoredComment]
    total_comments: int
    decided: int
    removed: int
    sanctions: list[Sanction]
    linked: list[LinkedAccount]
    place: GraphPlace | None
    source: str | None = None  # the account's source (its name)

    @property
    def points(self) -> list[tuple[datetime, float, bool]]:
        """(when posted, worst score, removed) per scored comment, oldest first, for the chart."""
        return sorted((c.posted, c.worst_score, c.state.startswith("Removed")) for c in self.comments
                      if c.posted is not None and c.worst_score is not None)


def node_for_author(author_id: int) -> str:
    """The graph node of an account before any merge (threads.sockpuppets.row_author_key)."""
    return f"id:{author_id}"


def _decided_by(session: Session, ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """The latest person's standing decision on each comment: (actor, removal reason). An undone
    decision, or the undo itself, is not one: an undone approve leaves the comment undecided."""
    if not ids:
        return {}
    latest = (select(AuditEntry.comment_id, func.max(AuditEntry.id).label("last"))
              .where(AuditEntry.comment_id.in_(ids), AuditEntry.actor_id.is_not(None), standing_decision())
              .group_by(AuditEntry.comment_id).subquery())
    rows = session.execute(select(AuditEntry.comment_id, AuditEntry.actor_label, AuditEntry.reason)
                           .join(latest, latest.c.last == AuditEntry.id))
    return {int(cid or 0): (str(actor), reason) for cid, actor, reason in rows}


def _comments(session: Session, where: Any) -> tuple[list[AuthoredComment], int]:
    posted = func.coalesce(Comment.created_at, Comment.ingested_at)
    total = int(session.scalar(select(func.count()).select_from(Comment).where(where)) or 0)
    rows = session.execute(
        select(Comment, CommentScore, Article.title, posted)
        .join(Article, Article.id == Comment.article_id)
        .outerjoin(CommentScore, CommentScore.comment_id == Comment.id)
        .where(where).order_by(posted.desc(), Comment.id.desc()).limit(MAX_COMMENTS)).all()
    decided = _decided_by(session, [c.id for c, *_ in rows])
    out = []
    for comment, score, title, when in rows:
        actor, reason = decided.get(comment.id, (None, None))
        state = state_words(comment.status, comment.review_state)
        if comment.status == "removed" and reason:
            state = f"{state} ({reason.replace('_', ' ')})"
        out.append(AuthoredComment(
            id=comment.id, article_id=comment.article_id, article_title=title, body=comment.body,
            posted=_utc(when), state=state, decided_by=actor,
            worst_label=score.worst_label if score else None, worst_score=score.worst_score if score else None,
            flagged=comment.review_state in ("needs_review", "escalated") or comment.status in ("held", "removed")))
    return out, total


def _sanctions(session: Session, author_id: int) -> list[Sanction]:
    from app.services.sanctions import history, states

    entries, _ = history(session, author_id)
    now = states(session, author_id)
    return [Sanction(when=e.created_at, what=SANCTION_WORDS.get(e.action, e.action.replace("-", " ")),
                     by=e.actor_label, reason=e.reason, note=e.note, entry_id=e.id, in_force=now[e.id].in_force,
                     now=now[e.id].words, action=e.action.removeprefix("author-")) for e in reversed(entries)]


# id(analysis) -> (that analysis, its clusters); holding the analysis keeps its id from being reused.
_links_cache: OrderedDict[int, tuple[GraphAnalysis, list[Any]]] = OrderedDict()
_links_lock = threading.Lock()


def _clusters(analysis: GraphAnalysis) -> list[Any]:
    """Near-duplicate clusters across different people, computed once per cached graph analysis."""
    with _links_lock:
        hit = _links_cache.get(id(analysis))
    if hit is not None and hit[0] is analysis:
        return hit[1]
    from threads.sockpuppets import sockpuppet_clusters

    found = sockpuppet_clusters(analysis.rows, analysis.ag.author_of, threshold=LINK_THRESHOLD)
    with _links_lock:
        _links_cache[id(analysis)] = (analysis, found)
        while len(_links_cache) > CACHE_SIZE:
            _links_cache.popitem(last=False)
    return found


def _author_id_of(node: str) -> int | None:
    kind, _, rest = node.partition(":")
    return int(rest) if kind == "id" and rest.isdigit() else None


def _linked(analysis: GraphAnalysis, node: str) -> list[LinkedAccount]:
    by_node: dict[str, LinkedAccount] = {}
    for cluster in _clusters(analysis):
        if node not in cluster.authors:
            continue
        mine = [cid for cid, who in zip(cluster.comment_ids, cluster.comment_authors, strict=True) if who == node]
        for cid, who in zip(cluster.comment_ids, cluster.comment_authors, strict=True):
            if who == node:
                continue
            link = by_node.setdefault(who, LinkedAccount(who, analysis.label(who), _author_id_of(who), [],
                                                         cluster.similarity, cluster.exact))
            link.comment_pairs.append((int(cid), int(mine[0])))
            link.similarity = max(link.similarity, cluster.similarity)
            link.exact = link.exact or cluster.exact
    return sorted(by_node.values(), key=lambda link: (-len(link.comment_pairs), link.name))


def _place(analysis: GraphAnalysis, node: str) -> GraphPlace | None:
    g = analysis.graph
    if node not in g:
        return None
    partners: dict[str, Partner] = {}

    def partner(other: str) -> Partner:
        return partners.setdefault(other, Partner(other, analysis.label(other), _author_id_of(other), 0, 0, 0))

    for _, other, data in g.out_edges(node, data=True):
        if other != node:
            p = partner(other)
            p.replies_to += int(data["count"])
            p.hostile += int(data["negative"])
    for other, _, data in g.in_edges(node, data=True):
        if other != node:
            p = partner(other)
            p.replies_from += int(data["count"])
            p.hostile += int(data["negative"])
    camp = analysis.camp_of(node)
    size = next((len(c) for c in analysis.camps.communities if node in c), 0)
    ranked = sorted(partners.values(), key=lambda p: (-p.hostile, -(p.replies_to + p.replies_from), p.name))
    return GraphPlace(node, analysis.label(node), camp, size, ranked[:MAX_PARTNERS])


def _graph_node_of_author(analysis: GraphAnalysis, author_id: int) -> str | None:
    """Where the account's comments sit in the graph (an inference may have merged it with a name)."""
    key = str(author_id)
    for row in analysis.rows:
        if row.author_id == key:
            return str(analysis.ag.author_of[row.id])
    return None


def profile_for_author(session: Session, author_id: int) -> AuthorProfile:
    author = session.get(Author, author_id)
    if author is None:
        raise UnknownPerson(f"no author {author_id}")
    comments, total = _comments(session, Comment.author_id == author_id)
    analysis = analysis_for(session, GraphFilter())
    node = _graph_node_of_author(analysis, author_id)
    return _profile(session, author.display_name, author, node, comments, total, analysis)


def profile_for_node(session: Session, node: str) -> AuthorProfile:
    """A person the argument graph inferred on anonymous pages; accounts redirect to their own page."""
    analysis = analysis_for(session, GraphFilter())
    if node not in analysis.graph:
        raise UnknownPerson(f"nobody called {node!r} in the argument graph")
    ids = [int(cid) for cid, who in analysis.ag.author_of.items() if who == node]
    comments, total = _comments(session, Comment.id.in_(ids)) if ids else ([], 0)
    return _profile(session, analysis.label(node), None, node, comments, total, analysis)


def _profile(session: Session, name: str, author: Author | None, node: str | None,
             comments: list[AuthoredComment], total: int, analysis: GraphAnalysis) -> AuthorProfile:
    decided = sum(1 for c in comments if c.decided_by is not None)
    removed = sum(1 for c in comments if c.state.startswith("Removed"))
    return AuthorProfile(
        name=name, node=node, author=author, comments=comments, total_comments=total, decided=decided,
        removed=removed, sanctions=_sanctions(session, author.id) if author is not None else [],
        linked=_linked(analysis, node) if node is not None else [],
        place=_place(analysis, node) if node is not None else None,
        source=session.scalar(select(Source.name).where(Source.id == author.source_id)) if author else None)


def comments_of_name(session: Session, name: str) -> list[int]:
    """Comment ids the argument graph attributes to a person shown under `name` (case-insensitive).

    The queue's author filter uses this when no account has the name, so every name the graph page
    shows finds that person's comments in the queue.
    """
    analysis = analysis_for(session, GraphFilter())
    wanted = " ".join(name.casefold().split())
    nodes = {n for n in analysis.graph.nodes if " ".join(analysis.label(n).casefold().split()) == wanted}
    return [int(cid) for cid, who in analysis.ag.author_of.items() if who in nodes]
