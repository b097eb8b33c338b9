"""Issue #14 item 10 in Chromium: the Reports page and a built report raise no Content-Security-Policy
errors, the page sits in the site's navigation, and the report of the week it suggests is not empty.
Screenshots go to tests/artifacts/reports-page.png and reports-built.png."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.extensions import db
from app.reports.snapshots import get_or_build
from app.reports.suggest import suggest_build
from tests.browser.conftest import LiveServer, log_in

pytestmark = pytest.mark.browser


def _watch_console(page: Any) -> list[str]:
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type in ("error", "warning") else None)
    return problems


def test_reports_page_and_built_report_in_chromium(browser: Any, live_server: LiveServer, artifacts: Path) -> None:
    page = log_in(browser, live_server, "admin@example.test")
    problems = _watch_console(page)
    page.click("nav.queues a:text-is('Reports')")  # reached from the queue's navigation
    page.wait_for_url(f"{live_server.url}/reports/")
    page.wait_for_load_state("load")
    page.screenshot(path=str(artifacts / "reports-page.png"), full_page=True)
    assert problems == [], problems
    # the stylesheet applies: the command box is dark, which only reports.css makes it
    background = page.eval_on_selector("#build-command", "e => getComputedStyle(e.parentElement).backgroundColor")
    assert background == "rgb(35, 48, 61)"
    assert page.locator("nav.queues a:text-is('Reports')").count() == 1
    command = page.inner_text("#build-command")
    assert command.startswith(".venv/bin/flask reports build --period week")

    with live_server.app.app_context():
        suggestion = suggest_build(db.session(), datetime.now(UTC))
        assert suggestion is not None and suggestion.command == command
        snap = get_or_build(db.session(), suggestion.period)
        db.session.commit()
        report_id, comments, stored_html = snap.row.id, snap.report.volume.comments, snap.row.html
        db.session.remove()
    assert comments > 0  # the command the page suggests reports on the samples, not on an empty week

    page.goto("/reports/")
    page.click(f"a[href='/reports/{report_id}']")
    page.wait_for_load_state("load")
    page.screenshot(path=str(artifacts / "reports-built.png"), full_page=True)
    assert problems == [], problems
    # Served by the app, the report carries the site's links (the stored, e-mailed file does not).
    bar = page.locator("#site-bar")
    assert bar.is_visible() and bar.locator("a", has_text="Graph").count() == 1
    assert "site-bar" not in stored_html
    assert page.locator("[data-figure='volume.comments']").inner_text() == f"{comments:,}"
    title = page.inner_text("h1")
    assert "week so far" in title and not re.search(r"\d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d \(", title)
    # the samples name no commenters: the authors counted are the accounts (other browser tests add
    # some to this shared server) plus the people the replies name, as listed below
    def figure(name: str) -> int:
        return int(page.inner_text(f"[data-figure='volume.{name}']").replace(",", ""))

    active = figure("active_authors")
    assert figure("named_by_replies") > 0 and active == figure("account_authors") + figure("named_by_replies")
    text = page.inner_text("body").lower()
    assert "jaccard" not in text and "verdict" not in text
    assert "decisions to keep or remove a comment" in text or "decision to keep or remove a comment" in text
    # the CSV tables: no 0-byte files, and an index saying which sections are empty
    response = page.request.get(f"/reports/{report_id}.csv.zip")
    with zipfile.ZipFile(io.BytesIO(response.body())) as zf:
        sizes = {info.filename: info.file_size for info in zf.infolist()}
        index = zf.read("tables.csv").decode()
    assert sizes and min(sizes.values()) > 0, sizes
    assert "tables.csv" in sizes and "offenders.csv" in index
    page.locator("#site-bar a", has_text="All reports").click()
    page.wait_for_url("**/reports/")
    page.context.close()
