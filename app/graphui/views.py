"""`/graph`: the argument graph for moderators.

Tables (top pairs, flame wars, a pair's exchange) are rendered on the server, so the page is useful
without JavaScript; `static/graph.js` adds the drawing from `/api/graph` and opens an exchange in
place when an edge or a pair is clicked.
"""

from __future__ import annotations

from typing import Any

from flask import flash, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import login_required
from sqlalchemy import select

from app.api.graph import exchange
from app.extensions import db
from app.graphui import bp
from app.models import Article
from app.services.graph_data import (
    LAYOUT_MAX_NODES,
    GraphAnalysis,
    GraphFilter,
    GraphFilterError,
    analysis_for,
    parse_filter,
)
from app.services.queue_query import COUNT_CAP, QUEUES, QueueFilter

TOP_PAIRS = 25
TOP_WARS = 25


def _filter_args() -> dict[str, str]:
    return {k: v for k in ("since", "until", "source") if (v := (request.args.get(k) or "").strip())}


def _article_titles(analysis: GraphAnalysis, pairs: list[Any], wars: list[Any]) -> dict[int, str]:
    """Titles of the articles the tables name: people read titles, not article ids."""
    ids = {int(t) for p in pairs for t in p.threads[:3]} | {int(w.thread_id) for w in wars}
    if not ids:
        return {}
    return {int(i): str(t) for i, t in db.session.execute(select(Article.id, Article.title).where(Article.id.in_(ids)))}


@bp.get("/graph")
@login_required  # type: ignore[untyped-decorator]
def index() -> ResponseReturnValue:
    args: dict[str, Any] = _filter_args()  # Any: url_for(**args) checks values against _external etc.
    status = 200
    try:
        filt = parse_filter(args.get("since"), args.get("until"), args.get("source"))
        analysis = analysis_for(db.session(), filt)
    except GraphFilterError as exc:
        flash(f"Filter ignored: {exc}", "error")
        args, status = {}, 400
        analysis = analysis_for(db.session(), GraphFilter())
    pairs = [{"pair": p, "first": min([*p.hostile_ids_ab, *p.hostile_ids_ba], key=int, default=None)}
             for p in analysis.pairs[:TOP_PAIRS]]
    wars = analysis.flame_wars[:TOP_WARS]
    a, b = request.args.get("a"), request.args.get("b")
    chosen: dict[str, Any] | None = None
    if a and b and a in analysis.graph and b in analysis.graph:
        chosen = {"a": analysis.label(a), "b": analysis.label(b), "comments": exchange(analysis, a, b)}
    g = analysis.graph
    return render_template(
        "graph/index.html", analysis=analysis, args=args, pairs=pairs, wars=wars, chosen=chosen,
        titles=_article_titles(analysis, [row["pair"] for row in pairs], wars),
        total_nodes=g.number_of_nodes(), total_edges=g.number_of_edges(), shown=len(analysis.layout),
        layout_limit=LAYOUT_MAX_NODES, camps=[c for c in analysis.camps.communities if len(c) > 1],
        api_url=url_for("api.graph_drawing", **args), pairs_url=url_for("api.graph_pairs", **args),
        queues=QUEUES, filt=QueueFilter(), count_cap=COUNT_CAP,
    ), status
