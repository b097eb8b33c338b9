"""Read pages: the queue list, one comment with its context and audit, and an article's thread."""

from __future__ import annotations

from typing import Any

from flask import abort, current_app, flash, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import login_required
from flask_wtf.csrf import generate_csrf

from app.extensions import db
from app.models import Article
from app.queue import bp
from app.queue.filters import FilterError, int_arg, parse_filter, removal_reasons, safe_next
from app.queue.thread_render import render_rows
from app.queue.urls import row_urls
from app.services.decisions import suggested_reason
from app.services.moderator_stats import audit_for_comment
from app.services.queue_context import ItemContext, build_context, comment_with_score, thread_page
from app.services.queue_query import COUNT_CAP, FILTER_LABELS, QUEUES, QueueFilter, list_queue


def _common() -> dict[str, Any]:
    return {"queues": QUEUES, "labels": FILTER_LABELS, "reasons": removal_reasons(), "count_cap": COUNT_CAP,
            "urls": row_urls()}


@bp.route("/")
@login_required  # type: ignore[untyped-decorator]
def index() -> ResponseReturnValue:
    status = 200
    try:
        filt = parse_filter()
    except FilterError as exc:
        flash(f"Filter ignored: {exc}", "error")
        filt, status = QueueFilter(), 400
    page = list_queue(db.session(), filt)
    items = build_context(db.session(), page.rows, thresholds=_thresholds())
    return render_template("queue/index.html", page=page, items=items, filt=filt, **_common()), status


@bp.app_template_global()
def suggested_removal_reason(label: str | None) -> str:
    """The reason the remove dialog starts on for a comment queued under `label` ("" for none)."""
    return suggested_reason(label, removal_reasons()) or ""


def _item(comment_id: int) -> ItemContext:
    row = comment_with_score(db.session(), comment_id)
    if row is None:
        abort(404)
    return build_context(db.session(), [row], thresholds=_thresholds())[0]


@bp.route("/comments/<int:comment_id>")
@login_required  # type: ignore[untyped-decorator]
def comment(comment_id: int) -> ResponseReturnValue:
    return render_template("queue/comment.html", item=_item(comment_id),
                           audit=audit_for_comment(db.session(), comment_id), filt=QueueFilter(), **_common())


@bp.route("/comments/<int:comment_id>/card")
@login_required  # type: ignore[untyped-decorator]
def comment_card(comment_id: int) -> ResponseReturnValue:
    """One queue card as it is now: the keyboard JS swaps it in after an undo or a change in place."""
    return render_template("queue/_card.html", item=_item(comment_id), next_url=safe_next(url_for("queue.index")),
                           **_common())


@bp.route("/articles/<int:article_id>/thread")
@login_required  # type: ignore[untyped-decorator]
def thread(article_id: int) -> ResponseReturnValue:
    article = db.get_or_404(Article, article_id)
    focus = int_arg("focus")
    tree = thread_page(db.session(), article_id, per_page=int(current_app.config["THREAD_PAGE_SIZE"]),
                       page=int_arg("page"), focus=focus)
    common = _common()
    html = render_rows(tree.rows, urls=common["urls"], csrf=generate_csrf(), next_url=request.full_path.rstrip("?"),
                       reasons=removal_reasons(), focus=focus)
    return render_template("queue/thread.html", article=article, tree=tree, rows_html=html,
                           filt=QueueFilter(), **common)


def _thresholds() -> dict[str, float]:
    from app.scoring_runtime import get_policy

    return get_policy().thresholds()
