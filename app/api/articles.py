"""Articles, threads and comments as JSON. Views stay thin: queries live in app.services."""

from __future__ import annotations

from flask import Response, current_app, jsonify, request
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select

from app.api import bp
from app.errors import ApiError
from app.extensions import db
from app.models import Article, Comment
from app.services.thread_views import article_dict, comment_context, nest, thread_comments
from threads.model import dumps_tree


def _int_arg(name: str, default: int, minimum: int, maximum: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"query parameter '{name}' must be an integer, got {raw!r}") from None
    if not minimum <= value <= maximum:
        raise ApiError(400, f"query parameter '{name}' must be between {minimum} and {maximum}")
    return value


def _get_or_404(model: type, ident: int, what: str) -> object:
    obj = db.session.get(model, ident)
    if obj is None:
        raise ApiError(404, f"{what} {ident} not found")
    return obj


@bp.get("/articles")
def list_articles() -> ResponseReturnValue:
    per_page = _int_arg("per_page", current_app.config["API_PAGE_SIZE"], 1, current_app.config["API_MAX_PAGE_SIZE"])
    page = _int_arg("page", 1, 1, 10**9)
    total = db.session.scalar(select(func.count()).select_from(Article)) or 0
    counts = (
        select(Comment.article_id, func.count().label("n")).group_by(Comment.article_id).subquery()
    )
    rows = db.session.execute(
        select(Article, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.article_id == Article.id)
        .order_by(Article.id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    items = []
    for article, n in rows:
        item = article_dict(article, with_body=False)
        item["comment_count"] = n
        items.append(item)
    return jsonify({"items": items, "page": page, "per_page": per_page, "total": total,
                    "pages": (total + per_page - 1) // per_page})


@bp.get("/articles/<int:article_id>")
def get_article(article_id: int) -> ResponseReturnValue:
    article = _get_or_404(Article, article_id, "article")
    assert isinstance(article, Article)
    out = article_dict(article)
    out["comment_count"] = db.session.scalar(
        select(func.count()).select_from(Comment).where(Comment.article_id == article_id)
    )
    return jsonify(out)


@bp.get("/articles/<int:article_id>/thread")
def get_thread(article_id: int) -> ResponseReturnValue:
    article = _get_or_404(Article, article_id, "article")
    assert isinstance(article, Article)
    tree = {"id": article.id, "title": article.title, "body": article.body,
            "comments": nest(thread_comments(db.session, article_id))}
    # dumps_tree, not jsonify: the standard encoder recurses once per reply level.
    return Response(dumps_tree(tree), mimetype="application/json")


@bp.get("/comments/<int:comment_id>")
def get_comment(comment_id: int) -> ResponseReturnValue:
    comment = _get_or_404(Comment, comment_id, "comment")
    assert isinstance(comment, Comment)
    return jsonify(comment_context(db.session, comment))
