"""End-to-end: the moderator queue in headless Chromium against a live server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.extensions import db
from app.models import Comment, CommentScore
from tests.browser.conftest import XSS_BODY, LiveServer, log_in


def _comment(live: LiveServer, comment_id: int) -> Comment:
    with live.app.app_context():
        comment = db.session.get(Comment, comment_id)
        assert comment is not None
        db.session.expunge(comment)
        return comment


def _active_id(page: Any) -> str | None:
    return page.evaluate("document.activeElement && document.activeElement.id")  # type: ignore[no-any-return]


def test_keyboard_approve_then_remove_focuses_next(browser: Any, live_server: LiveServer, artifacts: Path) -> None:
    page = log_in(browser, live_server, "mod1@example.test")
    items = page.locator("#items .item")
    assert items.count() >= 3
    first, second, third = (items.nth(i).get_attribute("id") for i in range(3))
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(artifacts / "queue.png"), full_page=False)
    page.wait_for_function(f"document.activeElement && document.activeElement.id === '{first}'")

    page.keyboard.press("a")
    page.locator(f"#{first}").wait_for(state="detached")
    assert _active_id(page) == second
    assert f"Approved — comment {(first or '').removeprefix('item-')} is visible to readers." in page.locator("#flash").inner_text()

    page.keyboard.press("r")
    dialog = page.locator("#remove-dialog")
    dialog.wait_for(state="visible")
    page.select_option("#remove-reason", "insult")
    page.click("#remove-confirm")
    page.locator(f"#{second}").wait_for(state="detached")
    assert _active_id(page) == third
    page.keyboard.press("j")  # moving still works after actions
    assert _active_id(page) != third

    approved = _comment(live_server, int(first.removeprefix("item-")))  # type: ignore[union-attr]
    removed = _comment(live_server, int(second.removeprefix("item-")))  # type: ignore[union-attr]
    assert approved.review_state == "decided" and approved.status in {"visible", "deleted"}
    assert removed.status == "removed" and removed.review_state == "decided"
    page.context.close()


def _nav_count(page: Any, queue: str) -> int | None:
    text = page.locator(f'nav.queues a[data-queue="{queue}"] .count').inner_text()
    return None if text.endswith("+") else int(text)


def test_nav_counts_follow_keyboard_actions(browser: Any, live_server: LiveServer) -> None:
    page = log_in(browser, live_server, "mod1@example.test")
    first = page.locator("#items .item").first
    first_id = first.get_attribute("id")
    review, decided, escalated = (_nav_count(page, q) for q in ("review", "decided", "escalated"))
    assert review is not None and decided is not None and escalated is not None
    page.wait_for_function(f"document.activeElement && document.activeElement.id === '{first_id}'")
    page.keyboard.press("a")
    page.locator(f"#{first_id}").wait_for(state="detached")
    assert (_nav_count(page, "review"), _nav_count(page, "decided")) == (review - 1, decided + 1)
    second_id = page.locator("#items .item").first.get_attribute("id")
    page.keyboard.press("e")
    page.locator(f"#{second_id}").wait_for(state="detached")
    assert (_nav_count(page, "review"), _nav_count(page, "escalated")) == (review - 2, escalated + 1)
    # A reload counts on the server: the same numbers.
    page.reload()
    assert (_nav_count(page, "review"), _nav_count(page, "decided"), _nav_count(page, "escalated")) == (
        review - 2, decided + 1, escalated + 1)
    page.context.close()


def test_help_and_single_comment_view(browser: Any, live_server: LiveServer) -> None:
    page = log_in(browser, live_server, "mod1@example.test")
    page.keyboard.press("?")
    page.locator("#help").wait_for(state="visible")
    page.keyboard.press("Escape")
    first_id = page.locator("#items .item").first.get_attribute("data-id")
    page.keyboard.press("z")
    page.wait_for_url(f"**/comments/{first_id}")
    assert page.locator("h2", has_text="Audit log").count() == 1
    page.context.close()


def test_bulk_action_by_score_range(browser: Any, live_server: LiveServer) -> None:
    with live_server.app.app_context():
        worst = list(db.session.scalars(
            select(CommentScore.worst_score).join(Comment, Comment.id == CommentScore.comment_id)
            .where(Comment.review_state == "needs_review").order_by(CommentScore.worst_score.desc()).limit(3)))
        low = round(worst[-1] - 0.00005, 4)
        expected = db.session.scalar(
            select(func.count()).select_from(Comment).join(CommentScore, CommentScore.comment_id == Comment.id)
            .where(Comment.review_state == "needs_review", CommentScore.worst_score >= low)) or 0
    assert expected >= 3
    page = log_in(browser, live_server, "mod2@example.test")
    form = page.locator("#range-form")
    form.locator("select[name=label]").select_option("worst")
    form.locator("input[name=min]").fill(str(low))
    form.locator("input[name=max]").fill("1")
    form.locator("select[name=action]").select_option("remove")
    form.locator("select[name=reason]").select_option("spam")
    form.locator("button[type=submit]").click()
    count = page.locator("#range-count .count")
    count.wait_for()
    assert int(count.inner_text()) == expected
    page.click("#confirm-button")
    page.wait_for_url("**/?queue=review**")
    assert f"Removed {expected} comments for spam — they are hidden from readers." in page.locator("#flash").inner_text()
    with live_server.app.app_context():
        left = db.session.scalar(
            select(func.count()).select_from(Comment).join(CommentScore, CommentScore.comment_id == Comment.id)
            .where(Comment.review_state == "needs_review", CommentScore.worst_score >= low))
    assert left == 0
    page.context.close()


def test_xss_comment_is_inert(browser: Any, live_server: LiveServer, artifacts: Path) -> None:
    page = log_in(browser, live_server, "mod1@example.test")
    blocked: list[str] = []
    page.on("console", lambda msg: blocked.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.goto(f"/comments/{live_server.xss_id}")
    body = page.locator(f"#item-{live_server.xss_id} .body")
    assert body.inner_text().strip() == XSS_BODY
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator(f"#item-{live_server.xss_id} script, #item-{live_server.xss_id} img").count() == 0

    article_id = _comment(live_server, live_server.xss_id).article_id
    page.goto(f"/articles/{article_id}/thread?focus={live_server.xss_id}")
    assert XSS_BODY in page.locator(f"#c{live_server.xss_id} .body").inner_text()
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.screenshot(path=str(artifacts / "thread.png"), full_page=False)
    page.context.close()


def test_second_session_gets_conflict(browser: Any, live_server: LiveServer) -> None:
    first = log_in(browser, live_server, "mod1@example.test")
    second = log_in(browser, live_server, "mod2@example.test")
    target = first.locator("#items .item").first.get_attribute("data-id")
    for page in (first, second):
        page.goto(f"/comments/{target}")
        page.wait_for_function(f"document.activeElement && document.activeElement.id === 'item-{target}'")

    first.keyboard.press("a")
    first.locator("#flash .info").wait_for()
    second.keyboard.press("r")
    second.locator("#remove-dialog").wait_for(state="visible")
    second.select_option("#remove-reason", "spam")
    second.click("#remove-confirm")
    conflict = second.locator("#flash .conflict")
    conflict.wait_for()
    assert "already decided by mod1@example.test" in conflict.inner_text()
    assert _comment(live_server, int(target)).status != "removed"  # type: ignore[arg-type]
    first.context.close()
    second.context.close()
