"""The argument graph: who replies to whom, how often, in which threads, and how hostile.

Each reply is an interaction from its author to the author of the comment it answers: the parent,
or the addressee inferred from the text (a quotation of another comment, a top-level comment
addressing someone by name). Interactions are summed per ordered pair of authors into one edge
of a `networkx.DiGraph`, with the evidence (comment ids) kept on the edge so every number in a
report can be traced back to the comments behind it.

Built for a million rows: everything is accumulated in plain dicts and handed to networkx in a
single `add_edges_from`, because per-interaction graph updates cost several times more.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import networkx as nx

from threads.addressee import MIN_CONFIDENCE, Resolution, resolve
from threads.gc_pause import without_gc
from threads.graph_rows import CommentRow
from threads.sockpuppets import row_author_key
from threads.stance import stance_sign

# (body, toxicity, insult) -> +1 support, -1 attack, 0 neutral
SignFn = Callable[[str, float | None, float | None], int]


@dataclass
class ArgumentGraph:
    graph: nx.DiGraph
    rows: Sequence[CommentRow]
    # comment id -> author node
    author_of: Mapping[str, str]
    # reply comment id -> the comment it answers (parent, or the inferred addressee's comment)
    answers: dict[str, str]
    # reply comment id -> stance sign of that interaction (+1 support, -1 attack, 0 neutral)
    sign_of: dict[str, int]
    resolution: Resolution | None


class _Edge:
    """Running totals for one (source, target) pair."""

    __slots__ = ("count", "positive", "negative", "tox_sum", "tox_n", "tox_max", "first", "last",
                 "threads", "comment_ids", "hostile_ids")

    def __init__(self) -> None:
        self.count = 0
        self.positive = 0
        self.negative = 0
        self.tox_sum = 0.0
        self.tox_n = 0
        self.tox_max = -1.0
        self.first: datetime | None = None
        self.last: datetime | None = None
        self.threads: set[str] = set()
        self.comment_ids: list[str] = []
        self.hostile_ids: list[str] = []

    def attributes(self) -> dict[str, Any]:
        neutral = self.count - self.positive - self.negative
        net = self.positive - self.negative
        threads = sorted(self.threads) if len(self.threads) > 1 else list(self.threads)
        attrs: dict[str, Any] = {
            "count": self.count,
            "threads": threads,
            "thread_count": len(threads),
            "positive": self.positive,
            "negative": self.negative,
            "neutral": neutral,
            "net": net,
            "sign": (net > 0) - (net < 0),
            "comment_ids": self.comment_ids,
            "hostile_comment_ids": self.hostile_ids,
            "first": self.first,
            "last": self.last,
            "mean_toxicity": self.tox_sum / self.tox_n if self.tox_n else None,
            "max_toxicity": self.tox_max if self.tox_n else None,
        }
        return attrs


@without_gc
def build_graph(
    rows: Sequence[CommentRow],
    *,
    resolution: Resolution | None = None,
    infer: bool = True,
    stance: SignFn = stance_sign,
    min_confidence: float = MIN_CONFIDENCE,
) -> ArgumentGraph:
    """The aggregated interaction graph of `rows`.

    Identities and addressees come from `resolution` if given, else from `threads.addressee`
    when `infer` is set, else from the rows alone (one placeholder per unnamed comment). Replies
    to oneself and replies whose parent is not among the rows add no edge.
    """
    if resolution is None and infer:
        resolution = resolve(rows, min_confidence=min_confidence)
    if resolution is not None:
        author_of: Mapping[str, str] = resolution.author_of
        addressee_of = resolution.addressee_of
    else:
        author_of = {row.id: row_author_key(row) for row in rows}
        addressee_of = {}
    edges: dict[tuple[str, str], _Edge] = {}
    node_comments: dict[str, int] = {}
    answers: dict[str, str] = {}
    sign_of: dict[str, int] = {}
    get_author = author_of.get
    for row in rows:
        source = author_of[row.id]
        node_comments[source] = node_comments.get(source, 0) + 1
        addressee = addressee_of.get(row.id) if addressee_of else None
        if addressee is not None:
            target = addressee.author
            answered = addressee.comment_id
        elif row.parent_id is not None:
            parent_author = get_author(row.parent_id)
            if parent_author is None:
                continue
            target = parent_author
            answered = row.parent_id
        else:
            continue
        if target == source:
            continue
        sign = stance(row.body, row.toxicity, row.insult)
        if answered is not None:
            answers[row.id] = answered
        sign_of[row.id] = sign
        edge = edges.get((source, target))
        if edge is None:
            edge = edges[(source, target)] = _Edge()
        edge.count += 1
        edge.comment_ids.append(row.id)
        edge.threads.add(row.thread_id)
        if sign > 0:
            edge.positive += 1
        elif sign < 0:
            edge.negative += 1
            edge.hostile_ids.append(row.id)
        tox = row.toxicity
        if tox is not None:
            edge.tox_sum += tox
            edge.tox_n += 1
            if tox > edge.tox_max:
                edge.tox_max = tox
        when = row.created_at
        if when is not None:
            if edge.first is None or when < edge.first:
                edge.first = when
            if edge.last is None or when > edge.last:
                edge.last = when
    graph = nx.DiGraph()
    graph.add_nodes_from(_node_attributes(node_comments, resolution))
    graph.add_edges_from((s, t, e.attributes()) for (s, t), e in edges.items())
    return ArgumentGraph(graph, rows, author_of, answers, sign_of, resolution)


def _node_attributes(node_comments: Mapping[str, int], resolution: Resolution | None
                     ) -> list[tuple[str, dict[str, Any]]]:
    names = resolution.display_names if resolution is not None else {}
    extra: set[str] = set()
    if resolution is not None:  # addressed by name only, never seen writing
        extra = {a.author for a in resolution.addressee_of.values()} - set(node_comments)
    out = []
    for node in [*node_comments, *sorted(extra)]:
        node_names = names.get(node, ())
        label = " / ".join(node_names) if node_names else _label(node)
        out.append((node, {
            "label": label,
            "names": list(node_names),
            "comments": node_comments.get(node, 0),
            "placeholder": node.startswith("anon:") and not node_names,
        }))
    return out


def _label(node: str) -> str:
    kind, _, rest = node.partition(":")
    return f"anonymous (comment {rest})" if kind == "anon" else rest
