"""Ingesting scraped pages: reply trees stored faithfully, re-ingest idempotent, near-duplicates linked."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Article, ArticleLink, Comment
from app.models.threads import ancestor_paths
from app.services.ingest import ingest_article
from app.services.sources import get_or_create_source
from threads.model import ParsedArticle, ParsedComment, count_comments
from threads.page_parser import parse_file


def _ingest(session: Session, path: Path) -> tuple[int, str]:
    source = get_or_create_source(session, "scraped")
    result = ingest_article(session, parse_file(path), source=source, actor="test", external_id=path.stem)
    return result.article_id, result.outcome


def test_sample_002_tree_is_stored_in_tree_order(db_session: Session, samples_dir: Path) -> None:
    path = next(samples_dir.glob("002_*.txt"))
    article_id, outcome = _ingest(db_session, path)
    assert outcome == "new"
    rows = db_session.scalars(select(Comment).where(Comment.article_id == article_id).order_by(Comment.path)).all()
    assert len(rows) == 37
    assert sum(1 for r in rows if r.parent_id is None) == 19
    assert sum(1 for r in rows if r.parent_id is not None) == 18
    # every child's path extends its parent's, and depth matches
    by_id = {r.id: r for r in rows}
    for row in rows:
        if row.parent_id is not None:
            parent = by_id[row.parent_id]
            assert row.path.startswith(parent.path)
            assert row.depth == parent.depth + 1
    # the three replies under top-level 12, in order
    twelve = [r for r in rows if r.parent_id is None][11]
    replies = db_session.scalars(
        select(Comment).where(Comment.parent_id == twelve.id).order_by(Comment.position)
    ).all()
    assert [r.body.split()[0] for r in replies] == ["dinosaurian,", "“This", "Pretty"]


def test_reingest_is_idempotent_and_reports_changes(db_session: Session, samples_dir: Path) -> None:
    path = next(samples_dir.glob("000_*.txt"))
    article_id, outcome = _ingest(db_session, path)
    assert outcome == "new"
    count = db_session.scalar(select(func.count()).select_from(Comment))
    again_id, again = _ingest(db_session, path)
    assert (again_id, again) == (article_id, "unchanged")
    assert db_session.scalar(select(func.count()).select_from(Comment)) == count

    # an edited comment is updated in place and queued for re-scoring; nothing duplicates
    parsed = parse_file(path)
    parsed.comments[0].replies[0].body += " Edited."
    parsed.comments[1].replies.append(ParsedComment(body="A brand new reply."))
    source = get_or_create_source(db_session, "scraped")
    result = ingest_article(db_session, parsed, source=source, actor="test", external_id=path.stem)
    assert result.outcome == "updated"
    assert (result.comments_new, result.comments_updated) == (1, 1)
    assert db_session.scalar(select(func.count()).select_from(Comment)) == count + 1
    edited = db_session.scalars(select(Comment).where(Comment.body.like("%Edited.")))
    assert [c.score_state for c in edited] == ["pending"]


def test_near_duplicate_articles_are_linked_and_both_kept(db_session: Session, samples_dir: Path) -> None:
    ids = {p.name[:3]: _ingest(db_session, p)[0] for p in sorted(samples_dir.glob("*.txt"))}
    assert db_session.scalar(select(func.count()).select_from(Article)) == 5
    links = db_session.scalars(select(ArticleLink)).all()
    assert [(link.article_id, link.other_id) for link in links] == [tuple(sorted((ids["003"], ids["004"])))]
    assert 0 < links[0].similarity <= 1


def test_pages_without_comments_store_zero_comments(db_session: Session, samples_dir: Path) -> None:
    for prefix in ("001", "003", "004"):
        article_id, _ = _ingest(db_session, next(samples_dir.glob(f"{prefix}_*.txt")))
        n = db_session.scalar(select(func.count()).select_from(Comment).where(Comment.article_id == article_id))
        assert n == 0


def test_deep_chain_ancestors_in_one_query(db_session: Session, make_source) -> None:  # type: ignore[no-untyped-def]
    root = ParsedComment(body="level 0")
    node = root
    for depth in range(1, 1500):
        child = ParsedComment(body=f"level {depth}")
        node.replies.append(child)
        node = child
    parsed = ParsedArticle(title="Deep", body="A deep thread.", comments=[root])
    assert count_comments(parsed.comments) == 1500
    result = ingest_article(db_session, parsed, source=make_source(), actor="test", external_id="deep")
    deepest = db_session.scalars(
        select(Comment).where(Comment.article_id == result.article_id).order_by(Comment.depth.desc()).limit(1)
    ).one()
    assert deepest.depth == 1499
    ancestors = db_session.scalars(
        select(Comment).where(Comment.article_id == result.article_id,
                              Comment.path.in_(ancestor_paths(deepest.path))).order_by(Comment.path)
    ).all()
    assert [a.depth for a in ancestors] == list(range(1499))
