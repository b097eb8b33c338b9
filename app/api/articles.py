"""Articles, threads and comments as JSON. Views stay thin: queries live in app.services."""

from __future__ import annotations

from flask import Response, current_app, jsonify
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select

from app.api import bp
from app.api.params import int_arg
from app.extensions import db
from app.models import Article, Comment
from app.services.thread_views import article_dict, comment_context, nest, thread_comments
from threads.model import dumps_tree


@bp.get("/articles")
def list_articles() -> ResponseReturnValue:
    per_page = int_arg("per_page", current_app.config["API_PAGE_SIZE"], 1, current_app.config["API_MAX_PAGE_SIZE"])
    page = int_arg("page", 1, 1, 10**9)
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
    article = db.get_or_404(Article, article_id, description=f"article {article_id} not found")
    out = article_dict(article)
    out["comment_count"] = db.session.scalar(
        select(func.count()).select_from(Comment).where(Comment.article_id == article_id)
    )
    return jsonify(out)


@bp.get("/articles/<int:article_id>/thread")
def get_thread(article_id: int) -> ResponseReturnValue:
    article = db.get_or_404(Article, article_id, description=f"article {article_id} not found")
    tree = {"id": article.id, "title": article.title, "body": article.body,
            "comments": nest(thread_comments(db.session(), article_id))}
    # dumps_tree, not jsonify: the standard encoder recurses once per reply level.
    return Response(dumps_tree(tree), mimetype="application/json")


@bp.get("/comments/<int:comment_id>")
def get_comment(comment_id: int) -> ResponseReturnValue:
    comment = db.get_or_404(Comment, comment_id, description=f"comment {comment_id} not found")
    return jsonify(comment_context(db.session(), comment))
