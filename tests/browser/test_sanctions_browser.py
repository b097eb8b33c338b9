"""#14 items 1 and 2 for authors, in headless Chromium: a warning, suspension or ban is lifted from the
author page or undone from the confirmation after taking it in the queue, the standing comes back as
it was, and every confirmation reads as plain words. Screenshots: tests/artifacts/desk-1-sanction-*.png."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import Article, AuditEntry, Author, Comment, CommentScore, Source
from app.models.base import utcnow
from app.models.threads import path_segment
from tests.browser.conftest import LiveServer, log_in
from threads.model import content_hash

UNTIL = r"\d{4}-\d\d-\d\d \d\d:\d\d"


@pytest.fixture(scope="module")
def rhea(live_server: LiveServer) -> dict[str, int]:
    """An account with one comment waiting for review on an article of its own."""
    with live_server.app.app_context():
        source = db.session.scalar(select(Source).limit(1))
        assert source is not None
        author = Author(source_id=source.id, external_id="sanction-rhea", display_name="Rhea Storm")
        title = "Sanctions desk test"
        article = Article(source_id=source.id, title=title, body="", content_hash=content_hash(title))
        db.session.add_all([author, article])
        db.session.flush()
        body = "You people are clowns and everyone knows it."
        comment = Comment(article_id=article.id, author_id=author.id, body=body, content_hash=content_hash(body),
                          position=0, depth=0, path=path_segment(0), score_state="scored", created_at=utcnow(),
                          review_state="needs_review", queued_rule="insult-review", queued_at=utcnow(), priority=1)
        db.session.add(comment)
        db.session.flush()
        db.session.add(CommentScore(comment_id=comment.id, model_identity="test", toxicity=0.6, insult=0.85,
                                    worst_label="insult", worst_score=0.85, policy_action="review"))
        db.session.commit()
        ids = {"author": author.id, "article": article.id, "comment": comment.id}
        db.session.remove()
    return ids


def _author(live: LiveServer, author_id: int) -> Author:
    with live.app.app_context():
        row = db.session.get(Author, author_id)
        assert row is not None
        db.session.expunge(row)
        return row


def _sanction_actions(live: LiveServer, author_id: int) -> list[tuple[str, str | None]]:
    """(action, the action an undo points at) for the author's own entries, oldest first."""
    with live.app.app_context():
        entries = db.session.scalars(select(AuditEntry).where(AuditEntry.author_id == author_id,
                                                              AuditEntry.comment_id.is_(None))
                                     .order_by(AuditEntry.id)).all()
        by_id = {e.id: e.action for e in entries}
        return [(e.action, by_id.get(e.undoes_id or 0)) for e in entries]


def test_sanction_from_the_queue_is_undone_with_u_and_actions_read_plainly(
        browser: Any, live_server: LiveServer, rhea: dict[str, int], artifacts: Path) -> None:
    page = log_in(browser, live_server, "admin@example.test")
    page.goto(f"/?article={rhea['article']}")
    card = page.locator(f"#item-{rhea['comment']}")
    card.locator("form.author-actions select[name=action]").select_option("warn")
    card.locator("form.author-actions button[type=submit]").click()
    offer = page.locator("#flash form.undo-offer")
    offer.wait_for()
    assert offer.locator("span").inner_text() == "Warned Rhea Storm — the warning is on record; their comments still publish."
    assert _author(live_server, rhea["author"]).standing == "warned"
    page.screenshot(path=str(artifacts / "desk-1-sanction-queue.png"))
    page.keyboard.press("u")
    toast = page.locator("#flash .flash.info", has_text="Lifted the warning")
    toast.wait_for()
    assert toast.inner_text().startswith("Lifted the warning on Rhea Storm — standing now: no restrictions.")
    assert _author(live_server, rhea["author"]).standing == "active"
    assert _sanction_actions(live_server, rhea["author"]) == [("author-warn", None), ("undo", "author-warn")]

    # The keyboard's confirmations for the comment itself.
    page.goto(f"/?article={rhea['article']}")
    page.wait_for_function(f"document.activeElement && document.activeElement.id === 'item-{rhea['comment']}'")
    page.keyboard.press("a")
    toast = page.locator("#flash .flash.info", has_text="Approved")
    toast.wait_for()
    assert f"Approved — comment {rhea['comment']} is visible to readers." in toast.inner_text()
    page.keyboard.press("u")
    toast = page.locator("#flash .flash.info", has_text="Undone")
    toast.wait_for()
    assert f"Undone — comment {rhea['comment']} is back in the queue (waiting for review)." in toast.inner_text()
    page.screenshot(path=str(artifacts / "desk-2-confirmation.png"))
    page.context.close()


def test_lifting_a_ban_on_the_author_page_brings_back_the_running_suspension(
        browser: Any, live_server: LiveServer, rhea: dict[str, int], artifacts: Path) -> None:
    page = log_in(browser, live_server, "admin@example.test")
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    url = f"/authors/{rhea['author']}"
    page.goto(url)
    form = page.locator("section.sanctions form.author-actions")
    form.locator("select[name=action]").select_option("suspend")
    form.locator("input[name=days]").fill("7")
    form.locator("button[type=submit]").click()
    page.locator("#flash form.undo-offer").wait_for()
    said = page.locator("#flash form.undo-offer span").inner_text()
    assert re.fullmatch(rf"Suspended Rhea Storm — suspended until {UNTIL}; new comments are held\.", said), said
    until = _author(live_server, rhea["author"]).suspended_until

    form = page.locator("section.sanctions form.author-actions")
    form.locator("select[name=action]").select_option("ban")
    form.locator("select[name=reason]").select_option("threat")
    form.locator("button[type=submit]").click()
    page.locator("#flash form.undo-offer", has_text="Banned").wait_for()
    assert page.locator("#flash form.undo-offer span").inner_text() == "Banned Rhea Storm — their new comments are held."
    assert page.locator(".standing").inner_text() == "banned"
    in_force = page.locator("section.sanctions tr.sanction.in-force")
    assert in_force.count() == 2 and in_force.locator("button", has_text="Lift").count() == 2
    page.screenshot(path=str(artifacts / "desk-1-sanction-banned.png"), full_page=True)

    ban_row = page.locator("section.sanctions tr.sanction", has_text="Banned")
    ban_row.locator("button", has_text="Lift").click()
    toast = page.locator("#flash .flash.info", has_text="Lifted the ban")
    toast.wait_for()
    assert re.match(rf"Lifted the ban on Rhea Storm — standing now: suspended until {UNTIL}\.", toast.inner_text())
    assert page.locator(".standing").inner_text() == "suspended"
    after = _author(live_server, rhea["author"])
    assert after.standing == "suspended" and after.suspended_until == until
    ban_row = page.locator("section.sanctions tr.sanction", has_text="Banned")
    assert "Lifted by admin@example.test on" in ban_row.inner_text() and ban_row.locator("button").count() == 0
    suspension = page.locator("section.sanctions tr.sanction", has_text="Suspended")
    assert "In force until" in suspension.inner_text() and suspension.locator("button", has_text="Lift").count() == 1
    page.screenshot(path=str(artifacts / "desk-1-sanction-lifted.png"), full_page=True)
    assert _sanction_actions(live_server, rhea["author"])[-3:] == [
        ("author-suspend", None), ("author-ban", None), ("undo", "author-ban")]
    assert not errors, errors
    page.context.close()
