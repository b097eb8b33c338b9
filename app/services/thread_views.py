"""Read models for reply trees: nested threads and a comment's context, each in a few indexed queries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Article, Author, Comment
from app.models.threads import ancestor_paths


def comment_dict(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "article_id": comment.article_id,
        "parent_id": comment.parent_id,
        "author_id": comment.author_id,
        "external_id": comment.external_id,
        "position": comment.position,
        "depth": comment.depth,
        "body": comment.body,
        "created_at": comment.created_at.isoformat() if comment.created_at else None,
        "status": comment.status,
        "score_state": comment.score_state,
        "review_state": comment.review_state,
    }


def article_dict(article: Article, *, with_body: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": article.id,
        "source": article.source.slug,
        "external_id": article.external_id,
        "url": article.url,
        "title": article.title,
        "byline": article.byline,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "content_hash": article.content_hash,
    }
    if with_body:
        out["body"] = article.body
    return out


def thread_comments(session: Session, article_id: int) -> list[Comment]:
    """All comments of an article in tree order (one range scan on the (article_id, path) index)."""
    return list(session.scalars(select(Comment).where(Comment.article_id == article_id).order_by(Comment.path)))


def nest(comments: list[Comment]) -> list[dict[str, Any]]:
    """Turn tree-ordered rows into the nested {"body", "replies"} shape, without recursion."""
    nodes: dict[int, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for comment in comments:
        node = {"id": comment.id, "body": comment.body, "status": comment.status,
                "created_at": comment.created_at.isoformat() if comment.created_at else None,
                "author_id": comment.author_id, "replies": []}
        nodes[comment.id] = node
        parent = nodes.get(comment.parent_id) if comment.parent_id is not None else None
        (parent["replies"] if parent is not None else roots).append(node)
    return roots


def comment_context(session: Session, comment: Comment) -> dict[str, Any]:
    ancestors = list(
        session.scalars(
            select(Comment)
            .where(Comment.article_id == comment.article_id, Comment.path.in_(ancestor_paths(comment.path)))
            .order_by(Comment.path)
        )
    )
    replies = list(
        session.scalars(select(Comment).where(Comment.parent_id == comment.id).order_by(Comment.position))
    )
    out = comment_dict(comment)
    out["ancestors"] = [comment_dict(a) for a in ancestors]
    out["replies"] = [comment_dict(r) for r in replies]
    return out


def author_names(session: Session, ids: set[int]) -> dict[int, str]:
    """Display names of the accounts behind a page of comments, in one query."""
    if not ids:
        return {}
    return {int(i): str(n) for i, n in session.execute(select(Author.id, Author.display_name).where(Author.id.in_(ids)))}
