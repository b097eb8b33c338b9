"""People: repeat offenders (SQL), suspected duplicate identities and the argument graph (Python, from
the `threads` package, fed with flat CommentRow rows read from the database).

The graph modules are optional at import time: a report without them says so in `People.note`
instead of failing, because volume and moderation figures are still worth sending.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select

from app.models import Author, Comment, CommentScore, CommentStatus
from app.reports import graph_adapter
from app.reports.data import DuplicateIdentity, Offender, People
from app.reports.periods import Period
from app.reports.scope import Scope
from threads.graph_rows import CommentRow

log = logging.getLogger(__name__)

MAX_PAIRS = 10
MAX_CAMPS = 8
MAX_OFFENDERS = 20
MAX_DUPLICATES = 20
# The picture shows the most active authors only; a hairball of thousands of nodes informs nobody.
MAX_GRAPH_NODES = 40
# Offending = hostile (worst label >= hostile threshold) or removed; a repeat offender has this many.
REPEAT_OFFENCES = 2


def compute_offenders(scope: Scope, period: Period, hostile: float) -> list[Offender]:
    is_hostile = func.sum(case((CommentScore.worst_score >= hostile, 1), else_=0))
    is_removed = func.sum(case((Comment.status == CommentStatus.REMOVED.value, 1), else_=0))
    offences = func.sum(case(((CommentScore.worst_score >= hostile) | (Comment.status == CommentStatus.REMOVED.value),
                              1), else_=0))
    stmt = scope.comments_in(
        select(Comment.author_id, is_hostile, is_removed, func.count(Comment.id), offences).select_from(Comment)
        .outerjoin(CommentScore, CommentScore.comment_id == Comment.id).where(Comment.author_id.is_not(None)),
        period,
    ).group_by(Comment.author_id).having(offences >= REPEAT_OFFENCES).order_by(
        offences.desc(), Comment.author_id).limit(MAX_OFFENDERS)
    rows = scope.all(stmt)
    if not rows:
        return []
    authors = {a.id: a for a in scope.session.scalars(select(Author).where(Author.id.in_([r[0] for r in rows])))}
    return [Offender(author_id=aid, name=authors[aid].display_name, hostile=int(h or 0), removed=int(rm or 0),
                     comments=int(n), standing=authors[aid].standing) for aid, h, rm, n, _o in rows]


def load_rows(scope: Scope, period: Period) -> list[CommentRow]:
    """The period's comments as graph rows, through the one loader the graph API and CLI use too."""
    from app.services.graph_data import load_comment_rows

    with scope.clock.sql():
        return load_comment_rows(scope.session, since=period.start, until=period.end, source_id=scope.source_id)


def _names(rows: list[CommentRow]) -> dict[str, str]:
    """Author key -> display name, for the keys the threads package uses (see row_author_key)."""
    from threads.sockpuppets import row_author_key

    out: dict[str, str] = {}
    for row in rows:
        # An unnamed comment is its own placeholder, labelled as the graph labels it, so two of them in one
        # duplicate group read as two writers, not as one "(anonymous)".
        out.setdefault(row_author_key(row), row.author_name or f"anonymous (comment {row.id})")
    return out


def compute_duplicates(rows: list[CommentRow], names: dict[str, str]) -> list[DuplicateIdentity]:
    from threads.sockpuppets import sockpuppet_clusters

    out: list[DuplicateIdentity] = []
    for cluster in sockpuppet_clusters(rows)[:MAX_DUPLICATES]:
        shown = sorted({names.get(a, a) for a in cluster.authors})
        # Plain words for editors: the similarity is the share of three-word phrases the texts have in common.
        reason = ("the same text" if cluster.exact
                  else f"near-duplicate text (at least {int(cluster.similarity * 100)}% of three-word phrases shared)")
        out.append(DuplicateIdentity(names=shown, score=round(float(cluster.similarity), 4),
                                     reasons=[f"{reason} in {len(cluster.comment_ids)} comments"]))
    return out


@dataclass(frozen=True, slots=True)
class Headcount:
    named_by_replies: int
    unattributed_comments: int


def _optional(module: str) -> Any | None:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def compute_graph(rows: list[CommentRow], names: dict[str, str]) -> graph_adapter.Analysis:
    """Pairs, camps, picture data, flame wars per article and the headcount, via the threads graph modules."""
    return graph_adapter.analyse(rows, names, max_pairs=MAX_PAIRS, max_camps=MAX_CAMPS, max_nodes=MAX_GRAPH_NODES)


def compute_people(scope: Scope, period: Period, hostile: float, *, with_graph: bool = True
                   ) -> tuple[People, dict[int, int], Headcount]:
    """The People section, flame wars per article (for the heated list) and who the period's authors are."""
    offenders = compute_offenders(scope, period, hostile)
    rows = load_rows(scope, period)
    names = _names(rows)
    duplicates = compute_duplicates(rows, names)
    available = False
    # Without the graph, nobody is named by replies and every comment without an account is unattributed.
    analysis = graph_adapter.Analysis(note="argument graph not computed",
                                      unattributed_comments=sum(1 for row in rows if row.author_id is None))
    if with_graph and rows:
        try:
            analysis = compute_graph(rows, names)
            available = True
        except ImportError as exc:
            analysis.note = f"argument graph unavailable: {exc}"
            log.warning(analysis.note)
    elif not rows:
        available, analysis.note = True, "no comments in this period"
    people = People(available=available, note=analysis.note, pairs=analysis.pairs, camps=analysis.camps,
                    offenders=offenders, duplicates=duplicates, nodes=analysis.nodes, edges=analysis.edges)
    return people, analysis.flame, Headcount(analysis.named_by_replies, analysis.unattributed_comments)
