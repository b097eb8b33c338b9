"""The queue pages through the test client: ordering, filters, counts, context, actions, safety."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Author, Comment, ScoreSpan, User
from app.services.queue_context import highlight
from app.services.queue_query import QueueFilter, list_queue, queue_counts
from tests.app.queue_helpers import QUEUED_AT, _fresh_rate_limits, csrf_from, login  # noqa: F401

T0 = QUEUED_AT  # when the shared `queued` fixture queues a comment


def ids_on(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<article class="item[^"]*" id="item-(\d+)"', html)]


def test_needs_review_orders_by_priority_then_age(db_session: Session, queued: Callable[..., Comment]) -> None:
    old_low = queued(priority=1, queued_at=T0)
    new_high = queued(priority=5, queued_at=T0 + timedelta(hours=2))
    old_high = queued(priority=5, queued_at=T0 + timedelta(hours=1))
    queued(review_state="decided")
    page = list_queue(db_session, QueueFilter())
    ids = [c.id for c, _ in page.rows]
    assert ids.index(old_high.id) < ids.index(new_high.id) < ids.index(old_low.id)
    assert all(c.review_state == "needs_review" for c, _ in page.rows)


def test_queues_and_counts(db_session: Session, queued: Callable[..., Comment], make_article: Callable[..., Any]) -> None:
    article = make_article()
    queued(article=article)
    queued(article=article, status="held")
    queued(article=article, flag_count=2, review_state="unreviewed")
    queued(article=article, review_state="escalated")
    queued(article=article, review_state="decided", decided_at=T0, status="removed")
    counts = queue_counts(db_session, QueueFilter(article_ids=(article.id,)))
    assert counts == {"review": 2, "held": 1, "reported": 1, "escalated": 1, "decided": 1, "all": 5}


def test_filters(db_session: Session, queued: Callable[..., Comment], make_article: Callable[..., Any],
                 make_source: Callable[..., Any]) -> None:
    src = make_source(slug="daily")
    a1, a2, other = make_article(source=src), make_article(source=src), make_article()
    author = Author(source_id=src.id, display_name="ranter")
    db_session.add(author)
    db_session.flush()
    hot = queued(article=a1, scores={"toxicity": 0.95, "threat": 0.2}, author_id=author.id, created_at=T0)
    mild = queued(article=a2, scores={"toxicity": 0.3, "threat": 0.1}, created_at=T0 + timedelta(days=3))
    elsewhere = queued(article=other, scores={"toxicity": 0.99})

    def ids(**kw: Any) -> set[int]:
        return {c.id for c, _ in list_queue(db_session, QueueFilter(**kw), with_counts=False).rows}

    assert ids(article_ids=(a1.id, a2.id)) == {hot.id, mild.id}
    assert ids(source="daily") == {hot.id, mild.id}
    assert ids(article_ids=(a1.id, a2.id, other.id), label="toxicity", min_score=0.9) == {hot.id, elsewhere.id}
    assert ids(source="daily", label="toxicity", min_score=0.2, max_score=0.5) == {mild.id}
    assert ids(source="daily", author="ranter") == {hot.id}
    assert ids(source="daily", date_from=T0 + timedelta(days=1)) == {mild.id}
    assert ids(source="daily", date_to=T0 + timedelta(days=1)) == {hot.id}
    with pytest.raises(ValueError):
        QueueFilter(label="nonsense")
    with pytest.raises(ValueError):
        QueueFilter(min_score=0.9, max_score=0.1)


def test_highlight_slices_raw_text_by_span_offsets() -> None:
    body = "Fine start. You are vermin <b>and</b> must go. Ok."
    span = ScoreSpan(comment_id=1, start=12, end=46, toxicity=0.9, threat=0.7)
    quiet = ScoreSpan(comment_id=1, start=0, end=11, toxicity=0.1)
    segments = highlight(body, [span, quiet])
    assert "".join(s.text for s in segments) == body
    marked = [s for s in segments if s.label]
    assert len(marked) == 1 and marked[0].label == "toxicity" and marked[0].text.startswith("You are vermin")


def test_highlights_follow_the_rules_and_the_incitement_model() -> None:
    body = "Calm opener. They should all be shot. You are an idiot. Mild words here."
    spans = [ScoreSpan(comment_id=1, start=13, end=37, toxicity=0.3, threat=0.2),
             ScoreSpan(comment_id=1, start=38, end=55, toxicity=0.8, insult=0.6),
             ScoreSpan(comment_id=1, start=56, end=72, toxicity=0.65)]
    # The incitement model flagged the second sentence; toxicity-review fires at 0.7, insult at 0.5.
    segments = highlight(body, spans, {"toxicity": 0.7, "insult": 0.5}, [(13, 37, 0.62)])
    assert "".join(s.text for s in segments) == body
    marked = [(s.text, s.label, s.words) for s in segments if s.label]
    assert marked == [("They should all be shot.", "incitement", "calls for violence"),
                      ("You are an idiot.", "toxicity", "toxic language")]


def test_reason_line_leads_with_plain_words(db_session: Session, queued: Callable[..., Comment]) -> None:
    from app.models import CommentScore
    from app.services.queue_context import build_context

    comment = queued("They should all be shot.", status="held", queued_rule="incitement-hold",
                     scores={"incitement": 0.94, "toxicity": 0.2})
    (item,) = build_context(db_session, [(comment, db_session.get(CommentScore, comment.id))],
                            thresholds={"incitement": 0.14, "toxicity": 0.7})
    assert item.reason_line == "Held, waiting for review: calls for violence, 0.94; rule incitement-hold"
    assert item.ordered_labels[0][0] == "incitement"
    assert item.over("incitement", 0.2) and not item.over("toxicity", 0.2)


def test_queue_page_shows_context_and_escapes_bodies(client: FlaskClient, moderator: User, db_session: Session,
                                                      queued: Callable[..., Comment], make_article: Callable[..., Any]) -> None:
    article = make_article(title="Bridge closure vote")
    parent = queued(body="The parent says hello.", article=article, review_state="unreviewed")
    evil = '<script>alert(1)</script> You are all <img src=x onerror=alert(2)> rats.'
    child = queued(body=evil, article=article, parent=parent, queued_rule="incitement-hold", priority=9)
    db_session.add(ScoreSpan(comment_id=child.id, start=26, end=len(evil), toxicity=0.9))
    db_session.flush()
    html = client.get("/").text
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'class="hl hl-toxicity"' in html
    assert "Bridge closure vote" in html and "incitement-hold" in html and "The parent says hello." in html
    assert f"/articles/{article.id}/thread" in html


def test_security_headers(client: FlaskClient, moderator: User) -> None:
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "<script>" not in response.text.replace('<script src="/static/queue.js" defer></script>', "")


def test_decide_by_form_then_conflict(client: FlaskClient, moderator: User, db_session: Session,
                                      queued: Callable[..., Comment]) -> None:
    comment = queued()
    token = csrf_from(client.get("/").text)
    form = {"action": "remove", "reason": "spam", "expected_version": comment.version, "csrf_token": token, "next": "/"}
    response = client.post(f"/comments/{comment.id}/decide", data=form)
    assert response.status_code == 302
    db_session.refresh(comment)
    assert comment.status == "removed"
    again = client.post(f"/comments/{comment.id}/decide", data={**form, "action": "approve"},
                        headers={"Accept": "application/json"})
    assert again.status_code == 409
    assert f"already decided by {moderator.email}" in again.json["error"]
    assert again.json["current"]["status"] == "removed"


def test_decide_without_csrf_is_refused(client: FlaskClient, moderator: User, db_session: Session,
                                        queued: Callable[..., Comment]) -> None:
    comment = queued()
    response = client.post(f"/comments/{comment.id}/decide", data={"action": "approve", "expected_version": 1})
    assert response.status_code == 400
    db_session.refresh(comment)
    assert comment.review_state == "needs_review"


def test_open_redirect_is_blocked(client: FlaskClient, moderator: User, queued: Callable[..., Comment]) -> None:
    comment = queued()
    token = csrf_from(client.get("/").text)
    response = client.post(f"/comments/{comment.id}/decide", data={
        "action": "approve", "expected_version": comment.version, "csrf_token": token, "next": "//evil.example/"})
    assert response.headers["Location"] == "/"


def test_bulk_selected(client: FlaskClient, moderator: User, db_session: Session, queued: Callable[..., Comment]) -> None:
    a, b = queued(), queued()
    token = csrf_from(client.get("/").text)
    response = client.post("/bulk", data={"selected": [f"{a.id}:{a.version}", f"{b.id}:{b.version}"],
                                          "action": "approve", "csrf_token": token})
    assert response.status_code == 302
    for c in (a, b):
        db_session.refresh(c)
        assert c.review_state == "decided"


def test_score_range_batch_previews_then_acts(client: FlaskClient, moderator: User, db_session: Session,
                                              queued: Callable[..., Comment], make_article: Callable[..., Any]) -> None:
    article = make_article()
    high = [queued(article=article, scores={"toxicity": v}) for v in (0.91, 0.95, 0.99)]
    low = queued(article=article, scores={"toxicity": 0.4})
    token = csrf_from(client.get("/").text)
    form = {"queue": "review", "article": str(article.id), "label": "toxicity", "min": "0.9", "max": "1",
            "action": "remove", "reason": "spam", "csrf_token": token}
    preview = client.post("/bulk/range", data=form)
    assert preview.status_code == 200
    assert re.search(r'class="count">3<', preview.text)
    for c in high:
        db_session.refresh(c)
        assert c.status == "visible"  # nothing happens before confirmation
    done = client.post("/bulk/range", data={**form, "confirm": "yes"})
    assert done.status_code == 302
    for c in high:
        db_session.refresh(c)
        assert c.status == "removed"
    db_session.refresh(low)
    assert low.status == "visible"


def test_thread_view_pages_in_tree_order_and_opens_on_the_focused_comment(
        app: Any, client: FlaskClient, moderator: User, queued: Callable[..., Comment],
        make_article: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(app.config, "THREAD_PAGE_SIZE", 2)
    article = make_article(title="Long thread")
    first = queued(body="first top", article=article)
    reply = queued(body="reply to first", article=article, parent=first)
    second = queued(body="second top", article=article)
    deep = queued(body="reply to second", article=article, parent=second)
    last = queued(body="third top", article=article)

    def rows(html: str) -> list[int]:
        return [int(i) for i in re.findall(r'<li class="item tcomment[^"]*" id="c(\d+)"', html)]

    url = f"/articles/{article.id}/thread"
    page1 = client.get(url).text
    assert rows(page1) == [first.id, reply.id] and "5 comments · page 1 of 3" in page1
    assert f'{url}?page=2" rel="next"' in page1 and 'rel="prev"' not in page1
    assert rows(client.get(f"{url}?page=2").text) == [second.id, deep.id]
    assert rows(client.get(f"{url}?page=3").text) == [last.id]
    # Following a link to one comment opens its page, with the comment marked.
    focused = client.get(f"{url}?focus={deep.id}").text
    assert rows(focused) == [second.id, deep.id] and f'focus" id="c{deep.id}"' in focused
    # Out-of-range or junk page numbers show the nearest page instead of an empty one.
    assert rows(client.get(f"{url}?page=99").text) == [last.id]
    assert rows(client.get(f"{url}?page=abc").text) == [first.id, reply.id]


def test_thread_view_and_audit_and_restore(client: FlaskClient, moderator: User, db_session: Session,
                                           queued: Callable[..., Comment], make_article: Callable[..., Any]) -> None:
    article = make_article(title="Thread title")
    root = queued(body="root comment", article=article)
    reply = queued(body="reply <i>x</i>", article=article, parent=root, scores={"insult": 0.8})
    html = client.get(f"/articles/{article.id}/thread").text
    assert html.index("root comment") < html.index("reply &lt;i&gt;x&lt;/i&gt;")
    assert "insult 0.80" in html and "class=\"item tcomment d1 " in html
    token = csrf_from(html)
    client.post(f"/comments/{reply.id}/decide", data={"action": "remove", "reason": "insult",
                                                      "expected_version": reply.version, "csrf_token": token})
    page = client.get(f"/comments/{reply.id}").text
    assert 'name="action" value="restore"' in page and "insult" in page and moderator.email in page
    db_session.refresh(reply)
    client.post(f"/comments/{reply.id}/decide", data={"action": "restore", "expected_version": reply.version,
                                                      "csrf_token": token})
    db_session.refresh(reply)
    assert reply.status == "visible"
    audit = client.get(f"/moderators/{moderator.id}/audit").text
    assert audit.count(f"#{reply.id}<") == 2
    stats = client.get("/stats").text
    assert moderator.email in stats


def test_author_sanction_form(client: FlaskClient, moderator: User, db_session: Session,
                              make_source: Callable[..., Any]) -> None:
    author = Author(source_id=make_source().id, display_name="troll")
    db_session.add(author)
    db_session.flush()
    token = csrf_from(client.get("/").text)
    client.post(f"/authors/{author.id}/sanction", data={"action": "suspend", "days": "7", "csrf_token": token})
    db_session.refresh(author)
    assert author.standing == "suspended"
    entry = db_session.scalar(select(AuditEntry).where(AuditEntry.author_id == author.id))
    assert entry is not None and entry.note == "7 days"


def test_bad_filter_is_reported_not_crashing(client: FlaskClient, moderator: User) -> None:
    response = client.get("/?queue=review&min=abc")
    assert response.status_code == 400 and "Filter ignored" in response.text


def test_language_filter_and_display(client: FlaskClient, moderator: User, db_session: Session,
                                     queued: Callable[..., Comment]) -> None:
    german = queued("Man sollte die alle einsperren, sagt er.", language="de", score_state="scored")
    english = queued("They should all be locked up, he says.", language="en", score_state="scored")
    unknown = queued("ok", language=None, score_state="scored")
    ids = lambda f: {c.id for c, _ in list_queue(db_session, f).rows}  # noqa: E731
    assert ids(QueueFilter(language="de")) == {german.id}
    assert ids(QueueFilter(language="und")) == {unknown.id}
    assert english.id in ids(QueueFilter())
    with pytest.raises(ValueError, match="language"):
        QueueFilter(language="german!")
    page = client.get("/?language=de")
    assert page.status_code == 200
    assert "German" in page.text and f"#{german.id}" in page.text and f"#{english.id}<" not in page.text
    assert client.get("/?language=12345").status_code == 400


def test_a_moderator_cannot_undo_admin_decisions_through_the_ui(
        client: FlaskClient, moderator: User, db_session: Session, queued: Callable[..., Comment],
        make_user: Callable[..., User], make_source: Callable[..., Any]) -> None:
    """Issue 17 item 2, as reported: defer-then-approve, restore, bulk restore, warn over a ban."""
    from app.services.decisions import decide
    from app.services.sanctions import sanction_author

    admin = make_user(role="admin")
    escalated = queued(review_state="escalated")
    removed = queued()
    decide(db_session, removed.id, admin, "remove", "threat", None, removed.version)
    author = Author(source_id=make_source().id, display_name="banned one")
    db_session.add(author)
    db_session.flush()
    sanction_author(db_session, author.id, admin, "ban")
    token = csrf_from(client.get("/").text)
    as_json = {"Accept": "application/json"}

    def post(url: str, **form: Any) -> Any:
        return client.post(url, headers=as_json, data={"csrf_token": token, **form})

    assert post(f"/comments/{escalated.id}/decide", action="defer", expected_version=escalated.version).status_code == 403
    assert post(f"/comments/{escalated.id}/decide", action="approve", expected_version=escalated.version).status_code == 403
    db_session.refresh(removed)
    assert post(f"/comments/{removed.id}/decide", action="restore", expected_version=removed.version).status_code == 403
    client.post("/bulk", data={"selected": [f"{removed.id}:{removed.version}"], "action": "restore", "csrf_token": token})
    assert post(f"/authors/{author.id}/sanction", action="warn").status_code == 403
    for row in (escalated, removed, author):
        db_session.refresh(row)
    assert escalated.review_state == "escalated" and removed.status == "removed" and author.standing == "banned"


def test_every_page_links_the_reports_and_declares_its_icon(client: FlaskClient, moderator: User) -> None:
    page = client.get("/")
    assert 'href="/reports/"' in page.text
    match = re.search(r'<link rel="icon" type="image/svg\+xml" href="([^"]+)"', page.text)
    assert match, "no icon declared, so browsers ask for a missing /favicon.ico"
    icon = client.get(match.group(1))
    assert icon.status_code == 200 and icon.mimetype == "image/svg+xml"
    assert client.get("/reports/").status_code == 200
