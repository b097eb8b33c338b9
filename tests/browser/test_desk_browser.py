"""#14 items 1, 2, 3, 6, 7 and 12 in headless Chromium: undo and restore, the remove dialog's reason,
the score-range batch, long comments, feedback in view, help and 404 pages. Each saves a screenshot
as tests/artifacts/desk-<item>.png."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.extensions import db
from app.models import Article, AuditEntry, Comment, CommentScore
from app.models.base import utcnow
from app.models.threads import path_segment
from tests.browser.conftest import LiveServer, log_in
from threads.model import content_hash


def _comment(live: LiveServer, comment_id: int) -> Comment:
    with live.app.app_context():
        comment = db.session.get(Comment, comment_id)
        assert comment is not None
        db.session.expunge(comment)
        return comment


def _actions(live: LiveServer, comment_id: int) -> list[tuple[str, str | None]]:
    """What people did to a comment, in order (the policy's own entries left out)."""
    with live.app.app_context():
        return [(a, r) for a, r in db.session.execute(
            select(AuditEntry.action, AuditEntry.reason)
            .where(AuditEntry.comment_id == comment_id, AuditEntry.actor_id.is_not(None)).order_by(AuditEntry.id))]


def _wait_focus(page: Any, element_id: str) -> None:
    page.wait_for_function(f"document.activeElement && document.activeElement.id === '{element_id}'")


def _in_view(page: Any, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def _new_article(live: LiveServer, bodies: list[str], rule: str = "browser-test") -> list[int]:
    """An article of our own with these comments queued for review, so a test sees only its own items."""
    with live.app.app_context():
        source_id = db.session.scalar(select(Article.source_id).limit(1))
        title = f"Desk test {utcnow().timestamp()}"
        article = Article(source_id=source_id, title=title, content_hash=content_hash(title))
        db.session.add(article)
        db.session.flush()
        ids = []
        for i, body in enumerate(bodies):
            comment = Comment(article_id=article.id, body=body, content_hash=content_hash(body), position=i, depth=0,
                              path=path_segment(i), score_state="scored", review_state="needs_review",
                              queued_rule=rule, queued_at=utcnow(), priority=1)
            db.session.add(comment)
            db.session.flush()
            db.session.add(CommentScore(comment_id=comment.id, model_identity="test", toxicity=0.5, insult=0.8,
                                        worst_label="insult", worst_score=0.8, policy_action="review",
                                        policy_rule=rule))
            ids.append(comment.id)
        db.session.commit()
        return [article.id, *ids]


def test_item1_undo_with_u_and_restore_on_decided(browser: Any, live_server: LiveServer, artifacts: Path) -> None:
    page = log_in(browser, live_server, "mod1@example.test")
    first = page.locator("#items .item").first
    first_id = first.get_attribute("id") or ""
    comment_id = int(first_id.removeprefix("item-"))
    before = _comment(live_server, comment_id)
    # Item 5: the card says its state in words, not "visible / needs review".
    assert first.locator(".state").inner_text() == "Waiting for review"
    _wait_focus(page, first_id)
    page.keyboard.press("a")
    page.locator(f"#{first_id}").wait_for(state="detached")
    toast = page.locator("#flash .flash.info")
    assert f"Approved — comment {comment_id} is visible to readers." in toast.inner_text()
    assert toast.locator("button.undo").is_visible()
    assert _comment(live_server, comment_id).review_state == "decided"
    page.keyboard.press("u")
    page.locator(f"#{first_id}").wait_for(state="attached")
    _wait_focus(page, first_id)
    assert "Undone" in page.locator("#flash .flash").inner_text()
    after = _comment(live_server, comment_id)
    assert (after.status, after.review_state, after.decided_at) == (before.status, before.review_state, None)
    assert [a for a, _ in _actions(live_server, comment_id)] == ["approve", "undo"]

    # Remove it for real, then find it under "Recently decided": Restore, not a no-op Approve.
    page.keyboard.press("r")
    page.locator("#remove-dialog").wait_for(state="visible")
    page.select_option("#remove-reason", "spam")
    page.keyboard.press("Enter")
    page.locator(f"#{first_id}").wait_for(state="detached")
    page.goto(f"/articles/{before.article_id}/thread?focus={comment_id}")
    assert page.locator(f"#c{comment_id} button[value=restore]").is_visible()  # the thread view too
    page.goto("/?queue=decided")
    card = page.locator(f"#{first_id}")
    assert card.locator("button[value=restore]").is_visible()
    assert card.locator("button[value=approve]").count() == 0
    card.click(position={"x": 5, "y": 5})
    page.keyboard.press("a")  # on a removed comment, a restores it
    page.locator("#flash .flash.info").wait_for()
    assert _comment(live_server, comment_id).status == "visible"
    # It stays in "Recently decided", redrawn with its new state and an Approve again.
    page.locator(f"#{first_id} button[value=approve]").wait_for()
    assert page.locator(f"#{first_id} .state").inner_text() == "Approved"  # redrawn in words too
    page.screenshot(path=str(artifacts / "desk-1.png"), full_page=False)
    assert [a for a, _ in _actions(live_server, comment_id)] == ["approve", "undo", "remove", "restore"]
    page.context.close()


def test_item2_remove_dialog_starts_on_the_rules_reason_or_none(browser: Any, live_server: LiveServer,
                                                                 artifacts: Path) -> None:
    _, insult_id = _new_article(live_server, ["you are a complete clown"], rule="insult-review")
    _, toxic_id = _new_article(live_server, ["what a load of garbage this is"], rule="toxicity-review")
    page = log_in(browser, live_server, "mod2@example.test")

    page.goto(f"/comments/{insult_id}")
    _wait_focus(page, f"item-{insult_id}")
    page.keyboard.press("r")
    page.locator("#remove-dialog").wait_for(state="visible")
    assert page.locator("#remove-reason").input_value() == "insult"
    page.keyboard.press("Enter")  # r, Enter: removed for the reason that queued it
    page.locator("#flash .flash.info").wait_for()
    assert _actions(live_server, insult_id) == [("remove", "insult")]

    page.goto(f"/comments/{toxic_id}")
    _wait_focus(page, f"item-{toxic_id}")
    page.keyboard.press("r")
    page.locator("#remove-dialog").wait_for(state="visible")
    assert page.locator("#remove-reason").input_value() == ""  # no reason fits "toxic language"
    page.keyboard.press("Enter")
    assert page.locator("#remove-dialog").is_visible()
    assert "Choose a reason first" in page.locator("#remove-hint").inner_text()
    page.screenshot(path=str(artifacts / "desk-2.png"), full_page=False)
    page.click("#remove-confirm")  # the button cannot skip the choice either
    assert page.locator("#remove-dialog").is_visible()
    assert _actions(live_server, toxic_id) == []
    page.keyboard.press("4")  # the fourth reason by key
    assert page.locator("#remove-reason").input_value() == "insult"
    page.keyboard.press("Escape")
    assert _comment(live_server, toxic_id).status == "visible"
    page.context.close()


def _contrast(page: Any, selector: str) -> float:
    """WCAG contrast ratio between an element's text colour and the background it sits on."""
    return float(page.evaluate("""(sel) => {
        const el = document.querySelector(sel);
        const rgb = (s) => s.match(/[\\d.]+/g).slice(0, 4).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i], 0);
        let bg = el, c;
        while (bg && (c = rgb(getComputedStyle(bg).backgroundColor)).length === 4 && c[3] === 0) { bg = bg.parentElement; }
        const back = bg ? rgb(getComputedStyle(bg).backgroundColor) : [255, 255, 255];
        const a = lum(rgb(getComputedStyle(el).color)), b = lum(back);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }""", selector))


def test_item3_score_range_previews_items_defaults_harmless_and_needs_a_reason(
        browser: Any, live_server: LiveServer, artifacts: Path) -> None:
    bodies = [f"batch comment number {i}: this one is rude" for i in range(12)]
    article_id, *ids = _new_article(live_server, bodies, rule="insult-review")
    page = log_in(browser, live_server, "mod2@example.test")
    page.goto(f"/?article={article_id}")
    form = page.locator("#range-form")
    assert form.locator("select[name=action]").input_value() == "defer"  # the harmless default
    form.locator("select[name=label]").select_option("insult")
    form.locator("input[name=min]").fill("0.7")
    form.locator("input[name=max]").fill("1")
    form.locator("select[name=action]").select_option("remove")
    form.locator("button[type=submit]").click()
    page.locator("#range-preview").wait_for()
    assert int(page.locator("#range-count .count").inner_text()) == 12
    previews = page.locator("#range-preview li")
    assert previews.count() == 10 and "batch comment number" in previews.first.inner_text()
    assert _contrast(page, "#range-count .count") >= 4.5
    assert _contrast(page, "#range-preview li q") >= 4.5
    page.screenshot(path=str(artifacts / "desk-3.png"), full_page=True)
    page.click("#confirm-button")  # no reason chosen: the browser refuses to send
    assert page.locator("#range-preview").is_visible()
    assert all(_comment(live_server, i).status == "visible" for i in ids)
    page.select_option("select[name=reason]", "insult")
    page.click("#confirm-button")
    page.locator("#flash form.undo-offer").wait_for()
    assert "Removed 12 comments for insult — they are hidden from readers." in page.locator("#flash").inner_text()
    assert all(_comment(live_server, i).status == "removed" for i in ids)
    page.keyboard.press("u")  # the whole batch comes back
    page.locator("#flash .flash.info", has_text="Undone — 12 comments are back as they were.").wait_for()
    assert all(_comment(live_server, i).status == "visible" for i in ids)
    page.context.close()


def test_item6_long_comment_shows_all_by_key_and_jk_scroll_through(browser: Any, live_server: LiveServer,
                                                                     artifacts: Path) -> None:
    long_body = "\n".join(f"Line {n} of a very long comment that goes on and on about the article." for n in range(70))
    article_id, long_id, short_id = _new_article(live_server, [long_body + "\nTHE LAST LINE", "a short reply"])
    page = log_in(browser, live_server, "mod1@example.test")
    page.goto(f"/?article={article_id}")
    _wait_focus(page, f"item-{long_id}")
    body = page.locator(f"#item-{long_id} .body")
    assert page.evaluate("(el) => el.scrollHeight > el.clientHeight + 50", body.element_handle())
    assert page.locator(f"#item-{long_id} a.show-all").is_visible()
    page.keyboard.press("m")
    assert page.evaluate("(el) => el.scrollHeight <= el.clientHeight + 1", body.element_handle())
    page.screenshot(path=str(artifacts / "desk-6.png"), full_page=False)
    # j scrolls through the tall card until its last line shows, then moves on; k comes back.
    for _ in range(6):
        page.keyboard.press("j")
        if page.evaluate("document.activeElement.id") == f"item-{short_id}":
            break
    else:
        raise AssertionError("j never left the long comment")
    last = page.locator(f"#item-{long_id} .body").bounding_box()
    assert last is not None and last["y"] + last["height"] > 0
    for _ in range(6):
        page.keyboard.press("k")
        if page.evaluate("document.activeElement.id") == f"item-{long_id}":
            break
    else:
        raise AssertionError("k never went back")
    assert _in_view(page, f"#item-{long_id} header")
    page.keyboard.press("m")  # and closes again
    assert page.evaluate("(el) => el.scrollHeight > el.clientHeight + 50", body.element_handle())
    page.context.close()


def test_item7_confirmation_and_next_comment_stay_in_view(browser: Any, live_server: LiveServer,
                                                          artifacts: Path) -> None:
    page = log_in(browser, live_server, "mod1@example.test")
    items = page.locator("#items .item")
    assert items.count() >= 8
    for _ in range(6):  # well down the page
        page.keyboard.press("j")
    target = page.evaluate("document.activeElement.id")
    index = [items.nth(i).get_attribute("id") for i in range(items.count())].index(target)
    following = items.nth(index + 1).get_attribute("id")
    assert page.evaluate("window.scrollY") > 0
    page.keyboard.press("e")
    page.locator(f"#{target}").wait_for(state="detached")
    _wait_focus(page, following or "")
    toast = page.locator("#flash .flash")
    assert f"Escalated — comment {target.removeprefix('item-')} waits for an admin." in toast.inner_text()
    assert _in_view(page, "#flash .flash")
    card = page.locator(f"#{following}").bounding_box()
    flash = page.locator("#flash .flash").bounding_box()
    assert card is not None and flash is not None
    assert card["y"] >= 0 and card["y"] < flash["y"]  # the next card's top is on screen, above the toast
    page.screenshot(path=str(artifacts / "desk-7.png"), full_page=False)
    page.keyboard.press("u")
    page.locator(f"#{target}").wait_for(state="attached")
    page.context.close()


def test_item12_help_toggles_and_404_has_navigation(browser: Any, live_server: LiveServer, artifacts: Path) -> None:
    page = log_in(browser, live_server, "mod2@example.test")
    help_dialog = page.locator("#help")
    page.keyboard.press("?")
    help_dialog.wait_for(state="visible")
    page.keyboard.press("?")
    help_dialog.wait_for(state="hidden")
    page.keyboard.press("?")
    help_dialog.wait_for(state="visible")
    page.keyboard.press("Escape")
    help_dialog.wait_for(state="hidden")
    page.keyboard.press("j")  # the keys still work after help closed
    assert page.evaluate("document.activeElement.classList.contains('item')")

    response = page.goto("/no-such-page")
    assert response is not None and response.status == 404
    nav = page.locator("nav.queues")
    assert nav.is_visible() and nav.locator("a", has_text="Needs review").is_visible()
    assert page.locator("#error-page h1").inner_text().startswith("404")
    page.screenshot(path=str(artifacts / "desk-12.png"), full_page=False)
    nav.locator("a", has_text="Recently decided").click()
    page.wait_for_url("**/?queue=decided**")
    page.context.close()

