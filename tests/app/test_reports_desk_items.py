"""Issue #14 item 10: the Reports page and the report builder as an editor meets them.

The page uses the site's navigation and stylesheet files (the site's CSP blocks inline styles), suggests
a build command that reports on the demo's comments, and a period never reaches past now.
"""

from __future__ import annotations

import json
import re
import shlex
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.reports.compute import build_report, report_title
from app.reports.periods import Period, resolve_period
from tests.app.queue_helpers import PASSWORD, _fresh_rate_limits, login  # noqa: F401  (autouse fixture)

SATURDAY_NOON = datetime(2026, 3, 7, 12, 30, tzinfo=UTC)


def test_the_current_week_ends_now_not_tomorrow() -> None:
    period = resolve_period("week", end=date(2026, 3, 7), now=SATURDAY_NOON)
    assert period == Period("week", datetime(2026, 3, 2, tzinfo=UTC), SATURDAY_NOON)
    assert period.partial
    assert period.days()[-1] == date(2026, 3, 7)  # Sunday 8 March has not happened yet
    assert period.label == "2026-03-02 – 2026-03-07 12:30 UTC"
    assert "(week so far, all sources)" in report_title(period, "all")
    # compared with the same stretch of the week before, not with a whole week
    assert period.previous() == Period("week", datetime(2026, 2, 23, tzinfo=UTC), datetime(2026, 2, 28, 12, 30, tzinfo=UTC))
    # the same for a day, a month and a custom range reaching into the future
    today = resolve_period("day", end=date(2026, 3, 7), now=SATURDAY_NOON)
    assert today.end == SATURDAY_NOON and today.previous().end == SATURDAY_NOON - timedelta(days=1)
    march = resolve_period("month", end=date(2026, 3, 7), now=SATURDAY_NOON)
    assert march.end == SATURDAY_NOON and march.previous() == Period(
        "month", datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 2, 7, 12, 30, tzinfo=UTC))
    custom = resolve_period("custom", start=date(2026, 3, 1), end=date(2026, 3, 31), now=SATURDAY_NOON)
    assert custom.end == SATURDAY_NOON
    with pytest.raises(ValueError, match="has not started yet"):
        resolve_period("week", end=date(2026, 3, 9), now=SATURDAY_NOON)
    # a period that is over is untouched (what schedules and old reports rely on)
    past = resolve_period("week", end=date(2026, 3, 1), now=SATURDAY_NOON)
    assert past.end == datetime(2026, 3, 2, tzinfo=UTC) and not past.partial
    assert past.previous() == Period("week", datetime(2026, 2, 16, tzinfo=UTC), datetime(2026, 2, 23, tzinfo=UTC))


def test_a_report_of_this_week_has_no_tomorrow(db_session: Session, make_comment: Any) -> None:
    make_comment(created_at=SATURDAY_NOON - timedelta(hours=1))
    report = build_report(db_session, resolve_period("week", end=date(2026, 3, 7), now=SATURDAY_NOON))
    assert report.meta.end == SATURDAY_NOON
    assert [d.day for d in report.health.daily][-1] == date(2026, 3, 7)
    assert [q.day for q in report.moderation.queue][-1] == date(2026, 3, 7)


def _page(client: Any, make_user: Any) -> str:
    login(client, make_user(role="admin", password=PASSWORD).email)
    page = client.get("/reports/")
    assert page.status_code == 200
    return str(page.text)


def test_reports_page_has_the_site_navigation_and_no_inline_styles(client: Any, make_user: Any) -> None:
    html = _page(client, make_user)
    nav = re.search(r'<nav class="queues".*?</nav>', html, re.S)
    assert nav and 'href="/reports/"' in nav.group(0) and 'href="/graph' in nav.group(0)
    # the site's CSP is style-src 'self': no <style> element, no style attribute, the rules come from a file
    assert "<style" not in html and not re.search(r"\sstyle=", html)
    sheet = re.search(r'<link rel="stylesheet" href="(/static/reports\.css[^"]*)"', html)
    assert sheet, "the page does not load reports.css"
    css = client.get(sheet.group(1))
    assert css.status_code == 200 and ".build-help" in css.text
    # a page that is in the navigation is also reachable from the other pages' navigation
    assert 'href="/reports/"' in client.get("/").text


def test_suggested_command_builds_a_non_empty_report(client: Any, runner: Any, db_session: Session,
                                                     make_user: Any, make_comment: Any, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    # like the demo: comments from scraped pages, counted from when they were ingested (today)
    for _ in range(3):
        make_comment(ingested_at=now - timedelta(minutes=5))
    html = _page(client, make_user)
    command = re.search(r'<code id="build-command">([^<]+)</code>', html)
    assert command, "no build command on the page"
    words = shlex.split(command.group(1))
    assert words[:3] == [".venv/bin/flask", "reports", "build"]
    what = re.sub(r"\s+", " ", re.search(r'<p id="build-what">(.*?)</p>', html, re.S).group(1))  # type: ignore[union-attr]
    assert "this week so far" in what and "3 comments so far" in what

    result = runner.invoke(args=[*words[1:], "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    built = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    assert built["volume"]["comments"] == 3 and not built["meta"]["empty"]
    assert datetime.fromisoformat(built["meta"]["end"]) <= datetime.now(UTC)


def test_suggestion_without_comments_says_to_ingest_first(client: Any, make_user: Any) -> None:
    html = _page(client, make_user)
    assert 'id="build-command"' not in html and "There are no comments yet" in html
