"""#14 items 4-5 in headless Chromium: a queued call to violence shows why in words, with the
sentences that drove the decision highlighted and tagged, incitement included."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.extensions import db
from app.models import Comment
from tests.browser.conftest import LiveServer, log_in
from tests.conftest import missing_shared


def test_a_queued_call_shows_its_reason_and_highlights(browser: Any, live_server: LiveServer, artifacts: Path) -> None:
    if "minilm" not in os.environ.get("THREADWATCH_DETOXIFY_CHECKPOINT", ""):
        missing_shared("the offline model is needed to know which sample comments are calls")
    with live_server.app.app_context():
        comment_id = db.session.scalar(select(Comment.id).where(Comment.body.contains("arrested and shot")))
    assert comment_id is not None
    page = log_in(browser, live_server, "mod1@example.test")
    page.goto(f"/comments/{comment_id}")
    card = page.locator(f"#item-{comment_id}")
    reason = card.locator("p.reason").inner_text()
    # Its state in words first (another browser test on this shared server may have escalated it).
    assert reason.startswith(("Held, waiting for review", "Waiting for review", "Escalated to an admin")), reason
    assert "calls for violence" in reason and "rule incitement-" in reason
    marks = card.locator("mark.hl-incitement")
    assert marks.count() >= 1
    assert any("arrested and shot" in marks.nth(i).inner_text() for i in range(marks.count()))
    assert card.locator("sup.hl-tag.hl-incitement").first.inner_text() == "calls for violence"
    # The numbers are there, behind the reason, with the label that fired first.
    card.locator("details.scores summary").click()
    assert card.locator("table.scores th").first.inner_text() == "calls for violence"
    page.screenshot(path=str(artifacts / "reason-and-highlights.png"), full_page=False)
    page.context.close()
