"""Flat events into reply trees: out-of-order linking, edits, deletes, flags, restricted authors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Article, Author, Comment, Flag, Source
from app.models.live import SourceConfig
from app.services.live_ingest import apply_event
from tests.app.live_support import add_source, generic_event, poster
from threads.events import EventKind, LiveEvent
from threads.model import ParsedArticle, ParsedComment


@pytest.fixture
def standard_source(db_session: Session) -> SourceConfig:
    return add_source(db_session, "gazette-live")


def _by_ext(session: Session) -> dict[str, Comment]:
    return {c.external_id: c for c in session.scalars(select(Comment))}


def _created(comment_id: str, parent: str | None = None, article: str = "a1") -> LiveEvent:
    return LiveEvent(kind=EventKind.COMMENT_CREATED, article_external_id=article,
                     comment=ParsedComment(body=f"text of {comment_id}", external_id=comment_id,
                                           parent_external_id=parent, author_external_id="u1", author_name="Ann"))


def test_reply_before_parent_is_linked_with_its_subtree(db_session: Session, make_source) -> None:  # type: ignore[no-untyped-def]
    source = make_source()
    # grandchild, then child, then an unrelated root, then the parent last
    for event in (_created("gc", "child"), _created("child", "root"), _created("other"), _created("root")):
        apply_event(db_session, source, event, actor="test")
    rows = _by_ext(db_session)
    root, child, gc, other = rows["root"], rows["child"], rows["gc"], rows["other"]
    assert root.parent_id is None and root.depth == 0
    assert (child.parent_id, child.depth, child.parent_external_id) == (root.id, 1, None)
    assert (gc.parent_id, gc.depth) == (child.id, 2)
    assert child.path.startswith(root.path) and gc.path.startswith(child.path)
    assert child.position == 0 and gc.position == 0
    assert not other.path.startswith(root.path)
    # tree order by path: root, child, grandchild stay contiguous
    ordered = [c.external_id for c in db_session.scalars(select(Comment).order_by(Comment.path))]
    i = ordered.index("root")
    assert ordered[i:i + 3] == ["root", "child", "gc"]


def test_orphan_waits_as_root_with_parent_external_id(db_session: Session, make_source) -> None:  # type: ignore[no-untyped-def]
    source = make_source()
    apply_event(db_session, source, _created("reply", "missing"), actor="test")
    reply = _by_ext(db_session)["reply"]
    assert (reply.parent_id, reply.depth, reply.parent_external_id) == (None, 0, "missing")


def test_cycle_in_source_data_does_not_corrupt_paths(db_session: Session, make_source) -> None:  # type: ignore[no-untyped-def]
    source = make_source()
    apply_event(db_session, source, _created("x", "y"), actor="test")
    apply_event(db_session, source, _created("y", "x"), actor="test")
    rows = _by_ext(db_session)
    assert rows["y"].parent_id == rows["x"].id
    assert rows["x"].parent_id is None and rows["x"].parent_external_id == "y"


def test_edit_rescore_delete_and_flag_over_http(client: FlaskClient, db_session: Session,
                                                standard_source: SourceConfig) -> None:
    post = poster(client, "gazette-live")
    cid = post(generic_event("e1", body="Original text")).json["comment_id"]
    comment = db_session.get(Comment, cid)
    comment.score_state = "scored"
    db_session.commit()

    assert post(generic_event("e2", "comment.edited", body="Edited text")).status_code == 202
    db_session.refresh(comment)
    assert (comment.body, comment.score_state) == ("Edited text", "pending")

    assert post(generic_event("e3", "flag.reported")).status_code == 202
    assert post(generic_event("e4", "flag.reported")).status_code == 202
    db_session.refresh(comment)
    assert comment.flag_count == 2
    assert len(list(db_session.scalars(select(Flag).where(Flag.comment_id == cid)))) == 2

    response = post(generic_event("e5", "comment.deleted"))
    assert response.status_code == 202 and response.json["comment_id"] == cid
    db_session.refresh(comment)
    assert comment.status == "deleted" and comment.body == "Edited text"


def test_flag_for_unknown_comment_is_400(client: FlaskClient, db_session: Session,
                                         standard_source: SourceConfig) -> None:
    response = poster(client, "gazette-live")(generic_event("e1", "flag.reported", comment_id="nope"))
    assert response.status_code == 400 and response.json["field"] == "comment.id"


def test_banned_and_suspended_authors_are_held(db_session: Session, make_source) -> None:  # type: ignore[no-untyped-def]
    source: Source = make_source()
    db_session.add_all([
        Author(source_id=source.id, external_id="banned", display_name="B", standing="banned"),
        Author(source_id=source.id, external_id="susp", display_name="S", standing="suspended",
               suspended_until=datetime(2999, 1, 1, tzinfo=UTC)),
        Author(source_id=source.id, external_id="past", display_name="P", standing="suspended",
               suspended_until=datetime(2000, 1, 1, tzinfo=UTC)),
    ])
    db_session.flush()
    for author in ("banned", "susp", "past"):
        event = LiveEvent(kind=EventKind.COMMENT_CREATED, article_external_id="a1",
                          comment=ParsedComment(body="hi", external_id=f"c-{author}", author_external_id=author))
        apply_event(db_session, source, event, actor="test")
    rows = _by_ext(db_session)
    assert rows["c-banned"].status == "held" and rows["c-banned"].review_state == "needs_review"
    assert rows["c-susp"].status == "held"
    assert rows["c-past"].status == "visible"


def test_article_created_then_comments_reuse_it(db_session: Session, make_source) -> None:  # type: ignore[no-untyped-def]
    source = make_source()
    article = ParsedArticle(title="Ferry news", body="", url="https://x.example/f", external_id="a1")
    first = apply_event(db_session, source, LiveEvent(kind=EventKind.ARTICLE_CREATED, article_external_id="a1",
                                                       article=article), actor="test")
    again = apply_event(db_session, source, LiveEvent(kind=EventKind.ARTICLE_CREATED, article_external_id="a1",
                                                       article=article), actor="test")
    reply = apply_event(db_session, source, _created("c1"), actor="test")
    assert (first.outcome, again.outcome) == ("new", "unchanged")
    assert reply.article_id == first.article_id


def _tree(session: Session, slug: str) -> set[tuple[object, ...]]:
    rows = session.execute(
        select(Comment.external_id, Comment.parent_external_id, Comment.depth, Comment.path, Comment.position,
               Comment.status, Comment.body)
        .join(Article, Article.id == Comment.article_id).join(Source, Source.id == Article.source_id)
        .where(Source.slug == slug))
    return {tuple(r) for r in rows}


def test_webhook_fast_path_builds_the_same_tree_as_the_general_path(
        client: FlaskClient, db_session: Session) -> None:
    """The webhook's one-statement path for new comments must agree with apply_event exactly."""
    add_source(db_session, "fast")
    general = add_source(db_session, "general").source
    banned = Author(source_id=general.id, external_id="u-banned", display_name="B", standing="banned")
    db_session.add(banned)
    db_session.commit()
    post = poster(client, "fast")
    order = [("r1", None), ("gc", "ch"), ("ch", "r1"), ("r2", None), ("ch2", "r1"), ("x", "missing"),
             ("r3", None)]
    assert post(generic_event("art", "article.created")).status_code == 202
    apply_event(db_session, general, LiveEvent(kind=EventKind.ARTICLE_CREATED, article_external_id="a1",
                                               article=ParsedArticle(title="Article a1", body="")), actor="t")
    fast_source = db_session.scalar(select(Source).where(Source.slug == "fast"))
    db_session.add(Author(source_id=fast_source.id, external_id="u-banned", display_name="B", standing="banned"))
    db_session.commit()
    for i, (cid, parent) in enumerate(order):
        author = ("u-banned", "B") if cid == "r2" else ("u1", "Ann")
        response = post(generic_event(f"e{i}", comment_id=cid, parent_id=parent, body=f"text {cid}", author=author))
        assert response.status_code == 202, response.json
        event = LiveEvent(kind=EventKind.COMMENT_CREATED, article_external_id="a1",
                          comment=ParsedComment(body=f"text {cid}", external_id=cid, parent_external_id=parent,
                                                author_external_id=author[0], author_name=author[1]))
        apply_event(db_session, general, event, actor="t")
        db_session.commit()
    assert post(generic_event("e0", comment_id="r1")).status_code == 200
    assert _tree(db_session, "fast") == _tree(db_session, "general")
    held = db_session.scalar(select(Comment).join(Article).join(Source)
                             .where(Source.slug == "fast", Comment.external_id == "r2"))
    assert held is not None and held.status == "held" and held.queued_rule == "author-restricted"
