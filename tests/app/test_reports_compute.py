"""Known answers: every figure of the report over the hand-made week in tests/app/reports_site.py."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.reports.charts import render_charts
from app.reports.compute import build_report
from app.reports.data import Report, from_dict, to_dict
from app.reports.periods import Period, last_complete, period_containing, resolve_period
from app.reports.render import render_html
from app.reports.snapshots import get_or_build
from tests.app.reports_site import WEEK, Site, at, build_site


@pytest.fixture
def site(db_session: Session, make_source: Any, make_article: Any, make_comment: Any, make_user: Any) -> Site:
    return build_site(db_session, make_source, make_article, make_comment, make_user)


@pytest.fixture
def report(db_session: Session, site: Site) -> Report:
    return build_report(db_session, WEEK)


def test_periods_align_to_calendar() -> None:
    moment = datetime(2026, 3, 4, 15, tzinfo=UTC)  # a Wednesday
    assert period_containing("week", moment) == WEEK
    assert WEEK.previous() == Period("week", datetime(2026, 2, 23, tzinfo=UTC), WEEK.start)
    assert last_complete("week", datetime(2026, 3, 9, 0, 1, tzinfo=UTC)) == WEEK
    march = period_containing("month", moment)
    assert march.previous() == Period("month", datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC))
    assert resolve_period("week", end=date(2026, 3, 8)) == WEEK
    custom = resolve_period("custom", start=date(2026, 3, 2), end=date(2026, 3, 4))
    assert custom.end == datetime(2026, 3, 5, tzinfo=UTC) and custom.previous().start == datetime(2026, 2, 27, tzinfo=UTC)
    assert len(WEEK.days()) == 7


def test_volume(report: Report) -> None:
    v = report.volume
    assert (v.comments, v.previous_comments, v.articles_with_comments) == (11, 2, 3)
    assert (v.active_authors, v.new_authors, v.returning_authors) == (4, 3, 1)
    assert v.replies == 7 and v.replies_per_comment == pytest.approx(7 / 11)
    top = v.deepest_threads[0]
    assert (top.article_title, top.depth, top.comments) == ("Budget vote", 3, 4)
    assert [t.comments for t in v.deepest_threads] == [4, 4, 2, 1]


def test_label_rates_and_trends(report: Report) -> None:
    rates = {r.label: r for r in report.health.label_rates}
    assert report.health.scored == 11 and report.health.previous_scored == 2
    tox = rates["toxicity"]
    assert (tox.count, tox.previous_count) == (4, 1)
    assert tox.rate == pytest.approx(4 / 11) and tox.previous_rate == pytest.approx(0.5)
    assert tox.trend == pytest.approx(4 / 11 - 0.5)
    assert rates["insult"].count == 1 and rates["insult"].trend == pytest.approx(1 / 11)
    assert rates["threat"].count == 1
    assert rates["incitement"].count == 2 and rates["incitement"].rate == pytest.approx(2 / 11)
    assert rates["obscene"].count == 0 and rates["obscene"].rate == 0.0
    dist = report.health.label_distribution
    assert dist == {"civil": 7, "toxicity": 3, "incitement": 1}  # c5: incitement 0.8 beats toxicity 0.7


def test_daily_series_covers_every_day(report: Report) -> None:
    daily = {d.day.day: d for d in report.health.daily}
    assert sorted(daily) == [2, 3, 4, 5, 6, 7, 8]
    assert (daily[2].comments, daily[2].toxic_rate) == (3, 0.0)
    assert daily[3].toxic_rate == 1.0 and daily[3].incitement_rate == pytest.approx(1 / 3)
    assert daily[6].toxic_rate == 1.0 and daily[6].incitement_rate == 1.0
    assert daily[7].comments == 0 and daily[7].toxic_rate is None  # a quiet day is "no data", not NaN


def test_incidents_heated_and_derailing(report: Report, site: Site) -> None:
    h = report.health
    assert h.incidents_total == 2
    assert [i.comment_id for i in h.incidents] == [site.comments["c5"].id, site.comments["c11"].id]
    first = h.incidents[0]
    assert first.url == "https://planet.example/budget" and first.link.endswith(f"/api/comments/{first.comment_id}")
    assert first.reasons == ["call_to_action: “go down to the council”"]
    assert [(a.title, a.comments, a.hostile) for a in h.heated_by_share] == [("Budget vote", 8, 3)]
    assert h.heated_by_share[0].hostile_share == pytest.approx(3 / 8)
    d = h.derailing
    assert (d.threads_considered, d.derailed, d.share) == (2, 1, 0.5)
    assert (d.previous_considered, d.previous_share) == (0, None)


def test_people_offenders_and_duplicates(report: Report) -> None:
    assert [(o.name, o.comments, o.hostile, o.removed) for o in report.people.offenders] == [("Carol", 3, 1, 1)]
    assert [d.names for d in report.people.duplicates] == [["Alice", "Bob"]]


def test_moderation_desk(report: Report) -> None:
    m = report.moderation
    assert [q.queue_size for q in m.queue] == [0, 1, 0, 0, 1, 1, 1]
    assert m.queue_now == 1
    assert [q.decisions for q in m.queue] == [0, 2, 2, 1, 0, 0, 0]
    assert m.queue[1].latency_p50_hours == pytest.approx(3.0) and m.queue[2].latency_p50_hours == pytest.approx(16.0)
    assert (m.decisions, m.human_decisions) == (6, 5)
    # first human decision after queueing: c4 2 h, c5 24 h, c6 4 h, c7 8 h
    assert m.latency_p50_hours == pytest.approx(6.0)
    assert m.latency_p95_hours == pytest.approx(8 + 0.85 * 16)
    assert [(s.moderator, s.decisions, s.actions) for s in m.moderators] == [
        ("m1@example.test", 3, {"remove": 3}), ("m2@example.test", 2, {"approve": 1, "restore": 1})]
    assert (m.keep_or_remove_decisions, m.overturned) == (6, 2) and m.overturn_rate == pytest.approx(1 / 3)
    rules = {(r.rule, r.policy_action): (r.decided, r.agreed, r.agreement) for r in m.rules}
    assert rules == {("(default)", "approve"): (1, 0, 0.0), ("incitement-hold", "hold"): (1, 0, 0.0),
                     ("toxicity-review", "review"): (2, 2, 1.0)}


def test_one_source(db_session: Session, site: Site) -> None:
    other = build_report(db_session, WEEK, "other-gazette")
    assert other.meta.source == "other-gazette"
    assert (other.volume.comments, other.health.incidents_total, other.moderation.queue_now) == (1, 1, 1)
    assert other.moderation.human_decisions == 0 and other.moderation.latency_p50_hours is None
    planet = build_report(db_session, WEEK, "daily-planet")
    assert planet.volume.comments == 10 and planet.moderation.human_decisions == 5


def test_empty_period_is_an_honest_empty_report(db_session: Session, site: Site) -> None:
    quiet = Period("week", datetime(2025, 1, 6, tzinfo=UTC), datetime(2025, 1, 13, tzinfo=UTC))
    r = build_report(db_session, quiet)
    assert r.meta.empty and r.volume.comments == 0 and r.volume.replies_per_comment is None
    assert all(x.rate is None and x.trend is None for x in r.health.label_rates)
    assert r.health.derailing.share is None and r.moderation.overturn_rate is None
    assert r.moderation.latency_p50_hours is None and [q.queue_size for q in r.moderation.queue] == [0] * 7
    assert "NaN" not in str(to_dict(r))
    html, charts = render_html(r)
    assert "nothing to report" in html and "NaN" not in html and "nan%" not in html.lower()
    assert html.count("no data") >= 10
    assert all(png.startswith(b"\x89PNG") for png in charts.values())


def test_report_round_trips_through_json(report: Report) -> None:
    assert from_dict(Report, to_dict(report)) == report
    assert set(render_charts(report)) == {"daily_rates", "queue", "labels", "graph"}


def test_snapshot_is_kept_unless_rebuilt(db_session: Session, site: Site, make_comment: Any) -> None:
    first = get_or_build(db_session, WEEK)
    assert first.built and first.report.volume.comments == 11
    make_comment(body="A late arrival, posted back into the old week.", parent=site.comments["c9"],
                 scores={"toxicity": 0.1}, created_at=at(7, 9))
    again = get_or_build(db_session, WEEK)
    assert not again.built and again.row.id == first.row.id and again.report.volume.comments == 11
    rebuilt = get_or_build(db_session, WEEK, rebuild=True)
    assert rebuilt.built and rebuilt.row.id == first.row.id and rebuilt.report.volume.comments == 12
    from app.models.reports import Report as ReportRow

    assert len(db_session.scalars(select(ReportRow)).all()) == 1


def test_cli_build_writes_formats_and_reuses_snapshot(runner: Any, site: Site, tmp_path: Any) -> None:
    args = ["reports", "build", "--period", "week", "--end", "2026-03-08", "--format", "html,json,csv",
            "-o", str(tmp_path)]
    result = runner.invoke(args=args)
    assert result.exit_code == 0, result.output
    assert "built" in result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["report-week-2026-03-02-all.csv.zip", "report-week-2026-03-02-all.html",
                     "report-week-2026-03-02-all.json"]
    again = runner.invoke(args=args)
    assert again.exit_code == 0 and "reused" in again.output
    bad = runner.invoke(args=["reports", "build", "--format", "docx", "-o", str(tmp_path)])
    assert bad.exit_code != 0 and "choose from" in bad.output


def test_people_from_argument_graph(report: Report) -> None:
    people = report.people
    assert people.available, people.note
    pairs = {frozenset((p.author_a, p.author_b)): p for p in people.pairs}
    bob_carol = pairs[frozenset(("Bob", "Carol"))]  # c3 carol->bob civil, c4 bob->carol toxic 0.9
    assert (bob_carol.hostile_replies, bob_carol.replies, bob_carol.score) == (1, 2, 0.5)
    assert {n.label for n in people.nodes} >= {"Alice", "Bob", "Carol"}
    assert any(e.hostile for e in people.edges)


def test_graph_chart_labels_stay_inside_the_picture(report: Report) -> None:
    """Every name on the argument graph is drawn whole inside the figure (the demo cut off
    "anonymous (comment 2" at the top edge), and long names end in an ellipsis."""
    import dataclasses

    import matplotlib.pyplot as plt

    from app.reports.charts import LABEL_CHARS, graph_figure

    assert report.people.nodes and report.people.edges
    names = {0: "a very long commenter name indeed", 1: "anonymous (comment 123)"}
    people = dataclasses.replace(report.people, nodes=[
        dataclasses.replace(node, label=names.get(i, node.label)) for i, node in enumerate(report.people.nodes)])
    fig = graph_figure(dataclasses.replace(report, people=people), "test")
    fig.tight_layout()
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    frame = fig.bbox
    texts = [t for t in fig.axes[0].texts if t.get_text()]
    assert texts
    for text in texts:
        box = text.get_window_extent(renderer)
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1, text.get_text()
        assert len(text.get_text()) <= LABEL_CHARS
    drawn = {t.get_text() for t in texts}
    assert "anonymous (comment 123)" in drawn  # whole, not "anonymous (comment 1"
    assert "a very long commenter n…" in drawn
    plt.close(fig)
