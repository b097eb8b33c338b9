"""Issue #14 item 10: the Reports page and the report builder as an editor meets them.

The page uses the site's navigation and stylesheet files (the site's CSP blocks inline styles), suggests
a build command that reports on the demo's comments, and a period never reaches past now.
"""

from __future__ import annotations

import json
import re
import shlex
from datetime import UTC, date, datetime, time, timedelta
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
    # like the demo: comments from scraped pages, counted from when they were ingested (today);
    # not before this week's Monday, which a run in the first minutes of a week would reach
    week_start = datetime.combine(now.date() - timedelta(days=now.weekday()), time.min, tzinfo=UTC)
    for _ in range(3):
        make_comment(ingested_at=max(now - timedelta(minutes=5), week_start))
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


# --- item 5: the active-author count agrees with the names the report shows ------------------------------

def test_active_authors_count_the_people_the_report_names(db_session: Session, samples_dir: Path) -> None:
    """The samples are pages that name no commenters: the people come from replies that name them."""
    from app.reports.render import render_html
    from app.services.ingest import ingest_article
    from app.services.sources import get_or_create_source
    from threads.page_parser import parse_file

    source = get_or_create_source(db_session, "samples", kind="scraped")
    for file in sorted(samples_dir.glob("*.txt")):
        ingest_article(db_session, parse_file(file), source=source, actor="test", external_id=file.stem)
    db_session.flush()
    now = datetime.now(UTC)
    report = build_report(db_session, resolve_period("custom", start=now.date(), end=now.date(), now=now))
    v, p = report.volume, report.people
    named = {n.label for n in p.nodes if not n.key.startswith("anon:")}
    named |= {name for pair in p.pairs for name in (pair.author_a, pair.author_b) if not name.startswith("anonymous")}
    assert named, "the samples should name some commenters"
    assert v.account_authors == 0 and v.named_by_replies > 0
    assert v.active_authors == v.named_by_replies >= len(named)
    assert 0 < v.unattributed_comments < v.comments
    html, _charts = render_html(report)
    card = re.search(r'data-figure="volume.active_authors">([\d,]+)</div><div class="k">([^<]*)<span[^>]*>(\d+)'
                     r'</span> with an account, <span[^>]*>(\d+)</span> named only in replies', html)
    assert card and int(card.group(1)) == v.active_authors > 0 and card.group(4) == str(v.named_by_replies)
    assert f">{v.unattributed_comments}</span> comments came from pages that name no commenters" in html
    assert f"{v.active_authors} people" in p.note


# --- items 6 and 7: plain words for editors; no empty CSV files -----------------------------------------

@pytest.fixture
def site_report(db_session: Session, make_source: Any, make_article: Any, make_comment: Any, make_user: Any) -> Any:
    from tests.app.reports_site import WEEK, build_site

    site = build_site(db_session, make_source, make_article, make_comment, make_user)
    return site, build_report(db_session, WEEK)


def test_report_text_uses_plain_words(site_report: Any) -> None:
    from app.reports.render import csv_tables, render_html, render_json

    _site, report = site_report
    html, _charts = render_html(report)
    texts = [html, render_json(report), *csv_tables(report).values()]
    for text in texts:
        assert "jaccard" not in text.lower() and "verdict" not in text.lower()
    assert "of 6 decisions to keep or remove a comment" in re.sub(r"<[^>]+>", "", html)
    (duplicate,) = report.people.duplicates
    assert duplicate.reasons == ["the same text in 2 comments"]
    assert "Text in common" in html and ">100%<" in html


def test_near_duplicate_reason_in_words() -> None:
    from app.reports.people import _names, compute_duplicates
    from threads.graph_rows import CommentRow

    words = "the council should publish every line of the budget before anyone votes on it tonight"
    rows = [CommentRow("1", "a", None, "1", "Ann", words, None, None, None, False),
            CommentRow("2", "a", None, "2", "Ben", words.replace("tonight", "tomorrow"), None, None, None, False)]
    (dup,) = compute_duplicates(rows, {"id:1": "Ann", "id:2": "Ben"})
    (reason,) = dup.reasons
    assert reason.startswith("near-duplicate text (at least ") and "% of three-word phrases shared) in 2 comments" in reason
    # two unnamed comments are two placeholders, named as the graph names them, not one "(anonymous)"
    unnamed = [CommentRow(r.id, r.thread_id, None, None, None, r.body) for r in rows]
    (dup,) = compute_duplicates(unnamed, _names(unnamed))
    assert dup.names == ["anonymous (comment 1)", "anonymous (comment 2)"]


def test_empty_sections_are_csv_files_with_a_header_and_listed_as_none(db_session: Session) -> None:
    import csv
    import io
    import zipfile

    from app.reports.render import render_csv_zip

    now = datetime.now(UTC)
    report = build_report(db_session, resolve_period("week", end=now.date(), now=now))  # nothing at all
    with zipfile.ZipFile(io.BytesIO(render_csv_zip(report))) as zf:
        files = {name: zf.read(name).decode() for name in zf.namelist()}
    assert all(text.strip() for text in files.values()), [n for n, t in files.items() if not t.strip()]
    offenders = list(csv.reader(io.StringIO(files["offenders.csv"])))
    assert offenders == [["author_id", "name", "hostile", "removed", "comments", "standing"]]
    index = {row["file"]: row for row in csv.DictReader(io.StringIO(files["tables.csv"]))}
    assert set(index) == set(files) - {"tables.csv"}
    assert index["offenders.csv"]["rows"] == "0" and "none in this period" in index["offenders.csv"]["contents"]
    assert index["summary.csv"]["rows"] != "0" and "none" not in index["summary.csv"]["contents"]


# --- item 8: undone decisions do not count -----------------------------------------------------------

def test_undone_decisions_are_not_counted(db_session: Session, site_report: Any) -> None:
    from app.models import AuditEntry
    from tests.app.reports_site import WEEK, at

    site, baseline = site_report

    def figures() -> tuple[Any, ...]:
        m = build_report(db_session, WEEK).moderation
        return (m.decisions, m.human_decisions, m.keep_or_remove_decisions, m.overturned, m.latency_p50_hours,
                [(s.moderator, s.decisions, s.actions) for s in m.moderators], [q.queue_size for q in m.queue],
                [(r.rule, r.decided, r.agreed) for r in m.rules])

    before = figures()
    assert before == figures() and before[0] == baseline.moderation.decisions
    entries = []
    for key, actor, action, when in (("c11", site.m1, "approve", at(6, 12)), ("c4", site.m2, "approve", at(3, 12))):
        entry = AuditEntry(comment_id=site.comments[key].id, actor_id=actor.id, actor_label=actor.email,
                           action=action, created_at=when)
        db_session.add(entry)
        entries.append((entry, actor, when))
    db_session.flush()
    decided = figures()
    assert decided[1] == before[1] + 2 and decided[3] == before[3] + 1  # counted while they stand
    for entry, actor, when in entries:
        db_session.add(AuditEntry(comment_id=entry.comment_id, actor_id=actor.id, actor_label=actor.email,
                                  action="undo", undoes_id=entry.id, created_at=when + timedelta(seconds=5)))
    db_session.flush()
    assert figures() == before


def test_snapshots_stored_before_the_rename_still_load(db_session: Session, site_report: Any) -> None:
    from app.reports.render import render_json
    from app.reports.snapshots import get_or_build, load_report
    from tests.app.reports_site import WEEK

    row = get_or_build(db_session, WEEK).row
    data = json.loads(json.dumps(row.data))
    data["moderation"]["verdicts"] = data["moderation"].pop("keep_or_remove_decisions")
    row.data = data
    report = load_report(row)
    assert report.moderation.keep_or_remove_decisions == 6 and "verdict" not in render_json(report)
