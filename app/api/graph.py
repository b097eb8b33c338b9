"""The argument graph as JSON: the drawing, antagonistic pairs with their exchanges, per-author
figures and flame wars. All take `since`, `until` and `source`; the analysis is cached per filter
in app.services.graph_data, so the page's several requests build it once."""

from __future__ import annotations

import math
from typing import Any

from flask import jsonify, request
from flask.typing import ResponseReturnValue

from app.api import bp
from app.api.params import int_arg
from app.errors import ApiError
from app.extensions import db
from app.services.graph_data import (
    LAYOUT_MAX_NODES,
    GraphAnalysis,
    GraphFilterError,
    analysis_for,
    parse_filter,
)
from threads.graph_rows import CommentRow

MAX_PAIRS = 500


def finite(value: Any) -> Any:
    """NaN and infinity (a balance baseline with no triangles) are not JSON: browsers reject the
    whole response. They go out as null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def reply(payload: dict[str, Any]) -> ResponseReturnValue:
    return jsonify(finite(payload))


def current_analysis() -> GraphAnalysis:
    try:
        filt = parse_filter(request.args.get("since"), request.args.get("until"), request.args.get("source"))
        return analysis_for(db.session(), filt)
    except GraphFilterError as exc:
        raise ApiError(400, str(exc)) from None


def _comment_id(raw: str) -> int | str:
    """Database comment ids go out as integers, so a client can open /api/comments/<id>."""
    return int(raw) if raw.isdigit() else raw


def _ids(raw: Any) -> list[int | str]:
    return [_comment_id(str(i)) for i in raw]


def _time(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _author(analysis: GraphAnalysis, node: str) -> dict[str, Any]:
    return {"id": node, "label": analysis.label(node), "camp": analysis.camp_of(node)}


def pair_dict(analysis: GraphAnalysis, pair: Any) -> dict[str, Any]:
    return {
        "a": _author(analysis, pair.a), "b": _author(analysis, pair.b),
        "hostile": pair.hostile, "hostile_ab": pair.hostile_ab, "hostile_ba": pair.hostile_ba,
        "interactions": pair.interactions, "mean_toxicity": pair.mean_toxicity, "max_toxicity": pair.max_toxicity,
        "threads": _ids(pair.threads),
        "hostile_comment_ids_ab": _ids(pair.hostile_ids_ab), "hostile_comment_ids_ba": _ids(pair.hostile_ids_ba),
    }


def _row_dict(row: CommentRow) -> dict[str, Any]:
    return {"id": _comment_id(row.id), "article_id": _comment_id(row.thread_id),
            "parent_id": None if row.parent_id is None else _comment_id(row.parent_id),
            "body": row.body, "created_at": _time(row.created_at), "toxicity": row.toxicity,
            "insult": row.insult, "removed": row.removed}


def exchange(analysis: GraphAnalysis, a: str, b: str) -> list[dict[str, Any]]:
    from threads.graph_metrics import exchanged_comments

    return [{**_row_dict(c.row), "author": _author(analysis, c.author),
             "answers": None if c.answers is None else _comment_id(c.answers), "sign": c.sign}
            for c in exchanged_comments(analysis.ag, a, b)]


def war_dict(analysis: GraphAnalysis, war: Any) -> dict[str, Any]:
    return {"article_id": _comment_id(war.thread_id), "start_comment_id": _comment_id(war.start_comment_id),
            "comment_ids": _ids(war.comment_ids), "length": war.length,
            "participants": [_author(analysis, p) for p in war.participants],
            "toxicities": list(war.toxicities), "mean_toxicity": war.mean_toxicity, "slope": war.slope,
            "trend": war.trend}


def drawing(analysis: GraphAnalysis) -> dict[str, Any]:
    """Node-link data of the laid-out authors, each with its camp and x/y in [0, 1]."""
    from threads.graph_export import node_link

    pos = analysis.layout
    data = node_link(analysis.graph.subgraph(pos))
    for node in data["nodes"]:
        node["camp"] = analysis.camp_of(node["id"])
        node["x"], node["y"] = pos[node["id"]]
    return data


@bp.get("/graph")
def graph_drawing() -> ResponseReturnValue:
    analysis = current_analysis()
    g = analysis.graph
    data = drawing(analysis)
    found = analysis.camps
    balance = analysis.balance
    rwc = analysis.controversy
    merges = [{"kept": m.kept, "merged": m.merged, "reason": m.reason, "confidence": m.confidence,
               "evidence": _ids(m.evidence), "matched": m.matched} for m in analysis.merges()]
    return reply({
        **data,
        "filter": analysis.filt.describe(),
        "comments": len(analysis.rows),
        "total_nodes": g.number_of_nodes(), "total_edges": g.number_of_edges(),
        "shown_nodes": len(data["nodes"]), "layout_limit": LAYOUT_MAX_NODES,
        "camps": [{"camp": i, "size": len(c), "members": [analysis.label(n) for n in sorted(c)[:20]]}
                  for i, c in enumerate(found.communities) if len(c) > 1],
        "balance": {"triangles": balance.triangles, "share": balance.share,
                    "baseline_mean": balance.baseline_mean, "baseline_std": balance.baseline_std},
        "controversy": None if rwc is None else {"rwc": rwc.rwc, "size_x": rwc.size_x, "size_y": rwc.size_y},
        "merges": merges,
    })


@bp.get("/graph/pairs")
def graph_pairs() -> ResponseReturnValue:
    analysis = current_analysis()
    a, b = request.args.get("a"), request.args.get("b")
    if a is not None or b is not None:
        if not a or not b:
            raise ApiError(400, "give both 'a' and 'b' (author ids from /api/graph/pairs) or neither")
        for node in (a, b):
            if node not in analysis.graph:
                raise ApiError(404, f"author {node!r} not in the graph for {analysis.filt.describe()}")
        return reply({"a": _author(analysis, a), "b": _author(analysis, b), "comments": exchange(analysis, a, b)})
    limit = int_arg("limit", 50, 1, MAX_PAIRS)
    pairs = analysis.pairs
    return reply({"items": [pair_dict(analysis, p) for p in pairs[:limit]], "total": len(pairs)})


@bp.get("/graph/authors/<path:author>")
def graph_author(author: str) -> ResponseReturnValue:
    analysis = current_analysis()
    node = f"id:{author}" if author.isdigit() else author
    stats = analysis.stats.get(node)
    if stats is None:
        raise ApiError(404, f"author {author!r} not in the graph for {analysis.filt.describe()}")
    g = analysis.graph
    return reply({
        **_author(analysis, node),
        "names": list(g.nodes[node].get("names", [])),
        "comments": stats.comments, "replies_given": stats.replies_given, "replies_received": stats.replies_received,
        "hostility_given": stats.hostility_given, "hostility_received": stats.hostility_received,
        "reciprocity": stats.reciprocity, "threads_touched": stats.threads_touched,
        "repeat_offences": stats.repeat_offences, "hostile_chains_started": stats.hostile_chains_started,
        "hostile_chains_joined": stats.hostile_chains_joined, "starter_share": stats.starter_share,
        "partners": sorted([{"id": n, "label": analysis.label(n), "count": int(d["count"]), "sign": int(d["sign"])}
                            for n, d in g.succ[node].items()], key=lambda p: (-p["count"], p["id"])),
    })


@bp.get("/graph/flamewars")
def graph_flamewars() -> ResponseReturnValue:
    analysis = current_analysis()
    limit = int_arg("limit", 50, 1, MAX_PAIRS)
    wars = analysis.flame_wars
    return reply({"items": [war_dict(analysis, w) for w in wars[:limit]], "total": len(wars)})
