"""`/authors/<id>` for accounts and `/authors/inferred?node=` for people the argument graph inferred
on anonymous pages. Thin: the profile comes from app/services/author_profile.py."""

from __future__ import annotations

from flask import Response, abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import login_required

from app.authors import bp
from app.authors.chart import scores_chart
from app.extensions import db
from app.queue.filters import removal_reasons
from app.services.author_profile import AuthorProfile, UnknownPerson, profile_for_author, profile_for_node
from app.services.queue_query import COUNT_CAP, QUEUES, QueueFilter


def _page(profile: AuthorProfile, chart_url: str) -> str:
    return render_template("authors/show.html", p=profile, chart_url=chart_url, reasons=removal_reasons(),
                           queues=QUEUES, filt=QueueFilter(), count_cap=COUNT_CAP,
                           next_url=request.full_path.rstrip("?"))


def _png(profile: AuthorProfile) -> Response:
    return Response(scores_chart(profile.points), mimetype="image/png",
                    headers={"Cache-Control": "private, max-age=60"})


@bp.get("/authors/<int:author_id>")
@login_required  # type: ignore[untyped-decorator]
def show(author_id: int) -> ResponseReturnValue:
    try:
        profile = profile_for_author(db.session(), author_id)
    except UnknownPerson:
        abort(404)
    return _page(profile, url_for("authors.chart", author_id=author_id))


@bp.get("/authors/<int:author_id>/scores.png")
@login_required  # type: ignore[untyped-decorator]
def chart(author_id: int) -> ResponseReturnValue:
    try:
        return _png(profile_for_author(db.session(), author_id))
    except UnknownPerson:
        abort(404)


@bp.get("/authors/inferred")
@login_required  # type: ignore[untyped-decorator]
def inferred() -> ResponseReturnValue:
    node = request.args.get("node", "")
    kind, _, rest = node.partition(":")
    if kind == "id" and rest.isdigit():
        return redirect(url_for("authors.show", author_id=int(rest)))
    try:
        profile = profile_for_node(db.session(), node)
    except UnknownPerson:
        abort(404)
    return _page(profile, url_for("authors.inferred_chart", node=node))


@bp.get("/authors/inferred/scores.png")
@login_required  # type: ignore[untyped-decorator]
def inferred_chart() -> ResponseReturnValue:
    try:
        return _png(profile_for_node(db.session(), request.args.get("node", "")))
    except UnknownPerson:
        abort(404)


@bp.app_template_global("state_words_table")
def _state_words_table() -> dict[str, str]:
    """For the thread view's script (app/static/thread.js): states in words."""
    from app.queue.thread_render import state_words_table

    return state_words_table()
