"""The one place that knows the threads graph modules' API, so the report survives their changes.

Pairs come from `threads.graph_metrics.antagonistic_pairs`, camps from Louvain on the signed graph
(`threads.camps`), flame wars per article from `threads.flamewars`; the picture keeps the most
active authors only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.reports.data import Camp, GraphEdge, GraphNode, Pair
from threads.graph_rows import CommentRow

MEMBERS_SHOWN = 8


@dataclass
class Analysis:
    note: str
    pairs: list[Pair] = field(default_factory=list)
    camps: list[Camp] = field(default_factory=list)
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)
    flame: dict[int, int] = field(default_factory=dict)
    # People the report names without an account (named by the replies to them), and the comments
    # left to anonymous placeholders: with the accounts, the headcount that matches the names shown.
    named_by_replies: int = 0
    unattributed_comments: int = 0


def is_person(node: str, attrs: Mapping[str, Any]) -> bool:
    """An account, a name, or a placeholder the graph inferred a name for; not a lone unnamed comment."""
    return not node.startswith("anon:") or bool(attrs.get("names"))


def analyse(rows: list[CommentRow], names: Mapping[str, str], *, max_pairs: int, max_camps: int, max_nodes: int
            ) -> Analysis:
    from threads.camps import camps, signed_graph
    from threads.flamewars import flame_wars
    from threads.graph import build_graph
    from threads.graph_metrics import antagonistic_pairs

    ag = build_graph(rows)
    g = ag.graph

    def label(node: str) -> str:
        """Names the graph inferred win; then the author's display name; then the graph's own label."""
        attrs: Mapping[str, Any] = g.nodes[node] if node in g else {}
        if attrs.get("names"):
            return " / ".join(attrs["names"])
        if node in names and not node.startswith("anon:"):
            return names[node]
        return str(attrs.get("label") or node)

    def activity(node: str) -> int:
        return int(g.nodes[node].get("comments", 0))

    pairs = [Pair(author_a=label(p.a), author_b=label(p.b), hostile_replies=p.hostile, replies=p.interactions,
                  score=round(float(p.mean_toxicity or 0.0), 4))
             for p in antagonistic_pairs(ag, top=max_pairs)]
    found = camps(signed_graph(g))
    camp_list = [Camp(camp=i, size=len(members),
                      members=[label(n) for n in sorted(members, key=lambda n: (-activity(n), n))[:MEMBERS_SHOWN]])
                 for i, members in enumerate(found.communities) if len(members) > 1][:max_camps]
    flame: dict[int, int] = {}
    for war in flame_wars(ag):
        flame[int(war.thread_id)] = flame.get(int(war.thread_id), 0) + 1

    connected = [n for n in g.nodes if g.degree(n) > 0]
    shown = set(sorted(connected, key=lambda n: (-activity(n), n))[:max_nodes])
    merged: dict[tuple[str, str], list[int]] = {}
    for s, t, d in g.edges(data=True):
        if s in shown and t in shown and s != t:
            key = (s, t) if s < t else (t, s)
            entry = merged.setdefault(key, [0, 0])
            entry[0] += int(d["count"])
            entry[1] += int(d["net"])
    nodes = [GraphNode(key=n, label=label(n), camp=found.camp_of.get(n), weight=activity(n)) for n in sorted(shown)]
    edges = [GraphEdge(source=a, target=b, weight=w, hostile=net < 0) for (a, b), (w, net) in sorted(merged.items())]
    people = [n for n, attrs in g.nodes(data=True) if is_person(n, attrs)]
    named_by_replies = sum(1 for n in people if not n.startswith("id:"))
    unattributed = sum(activity(n) for n, attrs in g.nodes(data=True) if not is_person(n, attrs))
    note = (f"{len(people)} people"
            + (f" and {unattributed} comments by unnamed commenters" if unattributed else "")
            + f", {g.number_of_edges()} reply relations; {len(found.communities)} camps (groups who support"
              " each other)")
    return Analysis(note=note, pairs=pairs, camps=camp_list, nodes=nodes, edges=edges, flame=flame,
                    named_by_replies=named_by_replies, unattributed_comments=unattributed)
