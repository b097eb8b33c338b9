"""What moderators ask of the argument graph: which pairs keep fighting, and who is who.

Hostile means an interaction whose stance sign is -1 (an attack: a disagreement cue, or a toxic or
insulting reply). Every figure keeps the comment ids it was counted from, so the UI can show the
actual exchange behind a number. Flame wars (thread-local back-and-forth) are in
`threads.flamewars`.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from threads.gc_pause import without_gc
from threads.graph import ArgumentGraph
from threads.graph_rows import CommentRow


@dataclass(frozen=True, slots=True)
class AntagonisticPair:
    a: str
    b: str
    hostile_ab: int
    hostile_ba: int
    hostile: int
    interactions: int  # all replies between the two, either way, any stance
    mean_toxicity: float | None
    max_toxicity: float | None
    threads: tuple[str, ...]
    hostile_ids_ab: tuple[str, ...]
    hostile_ids_ba: tuple[str, ...]

    @property
    def mutual(self) -> bool:
        return self.hostile_ab > 0 and self.hostile_ba > 0


@dataclass(frozen=True, slots=True)
class ExchangedComment:
    row: CommentRow
    author: str
    answers: str | None
    sign: int


@dataclass(frozen=True, slots=True)
class AuthorStats:
    author: str
    comments: int
    replies_given: int
    replies_received: int
    hostility_given: int
    hostility_received: int
    # Share of the author's reply partners that reply back: 2|pred & succ| / (|pred| + |succ|),
    # networkx's per-node reciprocity; 0.0 for an author with no partners.
    reciprocity: float
    threads_touched: int
    # Comments of theirs that a moderation decision removed.
    repeat_offences: int
    hostile_chains_started: int
    hostile_chains_joined: int
    # Of the hostile chains they took part in, the share they opened (first hostile reply).
    starter_share: float


@without_gc
def antagonistic_pairs(ag: ArgumentGraph, *, top: int | None = None,
                       require_mutual: bool = False) -> list[AntagonisticPair]:
    """Pairs ranked by hostile interactions summed over both directions; ties go to the more
    two-sided pair (higher minimum of the two directions), then to the more toxic one."""
    g = ag.graph
    succ = g.succ
    # (score key, a, b) for every pair with a hostile reply; full records only for those reported.
    keyed: list[tuple[tuple[int, int, float], str, str]] = []
    for s, t, data in g.edges(data=True):
        back = succ[t].get(s)
        if s > t and back is not None:
            continue  # the pair is handled from its other direction
        hostile_st = data["negative"]
        hostile_ts = back["negative"] if back is not None else 0
        if hostile_st == 0 and hostile_ts == 0:
            continue
        if require_mutual and not (hostile_st and hostile_ts):
            continue
        tox = max(data["max_toxicity"] or 0.0, (back["max_toxicity"] or 0.0) if back else 0.0)
        a, b = (s, t) if s < t else (t, s)
        keyed.append(((-(hostile_st + hostile_ts), -min(hostile_st, hostile_ts), -tox), a, b))
    chosen = heapq.nsmallest(top, keyed) if top is not None else sorted(keyed)
    return [_pair(a, b, succ[a].get(b), succ[b].get(a)) for _, a, b in chosen]


def _pair(a: str, b: str, ab: dict[str, Any] | None, ba: dict[str, Any] | None) -> AntagonisticPair:
    edges = [e for e in (ab, ba) if e is not None]
    tox_weight = sum(e["count"] for e in edges if e["mean_toxicity"] is not None)
    mean_tox = (sum(e["mean_toxicity"] * e["count"] for e in edges if e["mean_toxicity"] is not None)
                / tox_weight) if tox_weight else None
    maxima = [e["max_toxicity"] for e in edges if e["max_toxicity"] is not None]
    threads = sorted({t for e in edges for t in e["threads"]})
    return AntagonisticPair(
        a=a, b=b,
        hostile_ab=ab["negative"] if ab else 0,
        hostile_ba=ba["negative"] if ba else 0,
        hostile=sum(e["negative"] for e in edges),
        interactions=sum(e["count"] for e in edges),
        mean_toxicity=mean_tox,
        max_toxicity=max(maxima) if maxima else None,
        threads=tuple(threads),
        hostile_ids_ab=tuple(ab["hostile_comment_ids"]) if ab else (),
        hostile_ids_ba=tuple(ba["hostile_comment_ids"]) if ba else (),
    )


def exchanged_comments(ag: ArgumentGraph, a: str, b: str, *, hostile_only: bool = False
                       ) -> list[ExchangedComment]:
    """The replies between two authors, both ways, oldest first (page order without timestamps)."""
    ids: list[str] = []
    for s, t in ((a, b), (b, a)):
        data = ag.graph.get_edge_data(s, t)
        if data is not None:
            ids.extend(data["hostile_comment_ids"] if hostile_only else data["comment_ids"])
    wanted = set(ids)
    out = [
        ExchangedComment(row, ag.author_of[row.id], ag.answers.get(row.id), ag.sign_of.get(row.id, 0))
        for row in ag.rows if row.id in wanted
    ]
    if all(c.row.created_at is not None for c in out):
        out.sort(key=lambda c: _ts(c.row.created_at))
    return out


def _ts(value: datetime | None) -> float:
    return value.timestamp() if value is not None else 0.0


@without_gc
def hostile_chains(ag: ArgumentGraph, *, min_length: int = 2) -> dict[str, list[str]]:
    """Runs of consecutive hostile replies (each answering a hostile reply), keyed by the reply
    that opened the run, members in order of depth. A run shorter than `min_length` replies is a
    single jab, not a chain.

    Pointer-chasing with memoisation, no recursion: runs on real sites are thousands deep.
    """
    hostile = {cid for cid, sign in ag.sign_of.items() if sign < 0}
    root_of: dict[str, str] = {}
    for cid in hostile:
        path = []
        on_path: set[str] = set()
        node = cid
        while node not in root_of:
            path.append(node)
            on_path.add(node)
            up = ag.answers.get(node)
            if up is None or up not in hostile or up in on_path:  # a cycle would be bad input
                root_of[node] = node
                break
            node = up
        root = root_of[node]
        for member in path:
            root_of[member] = root
    chains: dict[str, list[str]] = {}
    for cid, root in root_of.items():
        chains.setdefault(root, []).append(cid)
    depth: dict[str, int] = {}
    for root, members in chains.items():
        for member in members:  # depth below the root, by walking up (memoised)
            walk = []
            node = member
            while node not in depth and node != root:
                walk.append(node)
                node = ag.answers[node]
            base = depth.get(node, 0)
            for offset, n in enumerate(reversed(walk), 1):
                depth[n] = base + offset
        members.sort(key=lambda m: (depth.get(m, 0), m))
    return {root: members for root, members in chains.items() if len(members) >= min_length}


@without_gc
def author_stats(ag: ArgumentGraph, *, authors: Iterable[str] | None = None,
                 min_chain: int = 2) -> dict[str, AuthorStats]:
    g = ag.graph
    wanted = set(authors) if authors is not None else None
    comments: dict[str, int] = {}
    threads: dict[str, set[str]] = {}
    removed: dict[str, int] = {}
    for row in ag.rows:
        author = ag.author_of[row.id]
        if wanted is not None and author not in wanted:
            continue
        comments[author] = comments.get(author, 0) + 1
        threads.setdefault(author, set()).add(row.thread_id)
        if row.removed:
            removed[author] = removed.get(author, 0) + 1
    started: dict[str, int] = {}
    joined: dict[str, int] = {}
    for root, members in hostile_chains(ag, min_length=min_chain).items():
        started[ag.author_of[root]] = started.get(ag.author_of[root], 0) + 1
        for author in {ag.author_of[m] for m in members}:
            joined[author] = joined.get(author, 0) + 1
    out: dict[str, AuthorStats] = {}
    nodes = g.nodes if wanted is None else [n for n in wanted if n in g]
    for node in nodes:
        succ = set(g.successors(node))
        pred = set(g.predecessors(node))
        partners = len(succ) + len(pred)
        out_edges = [d for _, _, d in g.out_edges(node, data=True)]
        in_edges = [d for _, _, d in g.in_edges(node, data=True)]
        n_joined = joined.get(node, 0)
        out[node] = AuthorStats(
            author=node,
            comments=comments.get(node, 0),
            replies_given=sum(d["count"] for d in out_edges),
            replies_received=sum(d["count"] for d in in_edges),
            hostility_given=sum(d["negative"] for d in out_edges),
            hostility_received=sum(d["negative"] for d in in_edges),
            reciprocity=2 * len(succ & pred) / partners if partners else 0.0,
            threads_touched=len(threads.get(node, ())),
            repeat_offences=removed.get(node, 0),
            hostile_chains_started=started.get(node, 0),
            hostile_chains_joined=n_joined,
            starter_share=started.get(node, 0) / n_joined if n_joined else 0.0,
        )
    return out
