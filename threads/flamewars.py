"""Flame wars: the same two or three people replying back and forth down one branch of a thread,
with toxicity that climbs or stays high.

A run follows the reply tree (parent links, not inferred addressees: a flame war is a visible
chain on the page). It continues while each reply comes from someone other than the comment it
answers and the set of people in the run stays within `max_participants`; anyone else joining, or
someone answering themselves, ends it and a new run may start from there. One run can fork into
several branches; the longest qualifying branch is reported. The walk is an explicit stack: real
chains run thousands deep.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from threads.gc_pause import without_gc
from threads.graph import ArgumentGraph
from threads.graph_rows import CommentRow

Trend = Literal["rising", "sustained"]


@dataclass(frozen=True, slots=True)
class FlameWar:
    thread_id: str
    start_comment_id: str
    comment_ids: tuple[str, ...]  # from the start comment down the branch
    participants: tuple[str, ...]
    length: int  # replies after the start comment
    toxicities: tuple[float | None, ...]
    mean_toxicity: float
    slope: float  # least-squares toxicity change per comment (missing scores count as 0)
    trend: Trend


def toxicity_trend(values: Sequence[float], threshold: float) -> tuple[Trend | None, float, float]:
    """(trend, mean, slope). Sustained: the mean is at or above `threshold`. Rising: the slope is
    positive and the chain ends at or above `threshold`. Sustained wins when both hold."""
    n = len(values)
    mean = sum(values) / n
    x_mean = (n - 1) / 2
    var = sum((i - x_mean) ** 2 for i in range(n))
    slope = sum((i - x_mean) * (v - mean) for i, v in enumerate(values)) / var if var else 0.0
    if mean >= threshold:
        return "sustained", mean, slope
    if slope > 0 and values[-1] >= threshold:
        return "rising", mean, slope
    return None, mean, slope


@without_gc
def flame_wars(
    ag: ArgumentGraph,
    *,
    min_replies: int = 4,
    max_participants: int = 3,
    threshold: float = 0.5,
) -> list[FlameWar]:
    """Flame wars in every thread, longest first. `min_replies` counts replies after the start
    comment; at least two participants must each write two comments of the run."""
    rows = ag.rows
    index = {row.id: i for i, row in enumerate(rows)}
    author_of = ag.author_of
    author = [author_of[row.id] for row in rows]
    parent_of = [-1] * len(rows)
    children: dict[int, list[int]] = {}
    roots: list[int] = []
    for i, row in enumerate(rows):
        parent = index.get(row.parent_id, -1) if row.parent_id is not None else -1
        parent_of[i] = parent
        if parent < 0:
            roots.append(i)
        else:
            children.setdefault(parent, []).append(i)
    # Stack entries: (comment, run start, people in the run as a tuple, replies in the run).
    # Run ends with enough replies are candidates per start: (replies, end comment).
    ends: dict[int, list[tuple[int, int]]] = {}
    stack: list[tuple[int, int, tuple[str, ...], int]] = [(r, r, (author[r],), 0) for r in reversed(roots)]
    while stack:
        node, start, people, length = stack.pop()
        kids = children.get(node)
        continued = False
        if kids is not None:
            me = author[node]
            for child in reversed(kids):
                who = author[child]
                if who == me:
                    stack.append((child, child, (who,), 0))
                elif who in people:
                    stack.append((child, start, people, length + 1))
                    continued = True
                elif len(people) < max_participants:
                    stack.append((child, start, (*people, who), length + 1))
                    continued = True
                else:
                    stack.append((child, node, (me, who), 1))
        if not continued and length >= min_replies:
            ends.setdefault(start, []).append((length, node))
    out: list[FlameWar] = []
    for start, candidates in ends.items():
        candidates.sort(key=lambda c: (-c[0], c[1]))
        for length, end in candidates:
            war = _qualify(rows, author, parent_of, start, end, length, threshold)
            if war is not None:
                out.append(war)
                break
    out.sort(key=lambda w: (-w.length, -w.mean_toxicity, w.start_comment_id))
    return out


def _qualify(rows: Sequence[CommentRow], author: list[str], parent_of: list[int], start: int,
             end: int, length: int, threshold: float) -> FlameWar | None:
    chain = [end]
    while chain[-1] != start:
        chain.append(parent_of[chain[-1]])
    chain.reverse()
    counts: dict[str, int] = {}
    for i in chain:
        counts[author[i]] = counts.get(author[i], 0) + 1
    if sum(1 for c in counts.values() if c >= 2) < 2:
        return None
    toxicities = tuple(rows[i].toxicity for i in chain)
    trend, mean, slope = toxicity_trend([t or 0.0 for t in toxicities], threshold)
    if trend is None:
        return None
    return FlameWar(
        thread_id=rows[start].thread_id,
        start_comment_id=rows[start].id,
        comment_ids=tuple(rows[i].id for i in chain),
        participants=tuple(sorted(counts)),
        length=length,
        toxicities=toxicities,
        mean_toxicity=round(mean, 4),
        slope=round(slope, 4),
        trend=trend,
    )
