"""Build the one report object for a period and source, section by section.

Each section aggregates in the database wherever SQL can (counts, rates, GROUP BYs, window functions)
and leaves Python only the work SQL does badly (percentiles portable across SQLite and PostgreSQL,
walking audit trails, the argument graph). `Clock` records both times per section, so the bench shows
which side is slow.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.models import ALL_LABELS, Source
from app.models.reports import ALL_SOURCES
from app.reports import desk, health, people
from app.reports.data import Health, Meta, Moderation, Report, Volume
from app.reports.periods import Period
from app.reports.scope import Clock, Scope

DEFAULT_THRESHOLD = 0.5
SECTIONS = ("volume", "rates", "daily", "incidents", "heated", "derailing", "people", "moderation")


class UnknownSource(LookupError):
    pass


@dataclass
class ReportOptions:
    thresholds: Mapping[str, float] = field(default_factory=lambda: {label: DEFAULT_THRESHOLD
                                                                     for label in ALL_LABELS})
    # A comment is hostile when its worst label score reaches this; used by heated/derailing/offenders.
    hostile_threshold: float = DEFAULT_THRESHOLD
    base_url: str = ""
    graph: bool = True
    # Overlap the SQL sections with the people section (see build_report); committed data only.
    parallel: bool = False


def resolve_source(session: Session, slug: str | None) -> tuple[int | None, str]:
    if slug is None or slug == ALL_SOURCES:
        return None, ALL_SOURCES
    source_id = session.scalar(select(Source.id).where(Source.slug == slug))
    if source_id is None:
        raise UnknownSource(f"no source with slug {slug!r}")
    return source_id, slug


def report_title(period: Period, source_key: str) -> str:
    where = "all sources" if source_key == ALL_SOURCES else source_key
    kind = f"{period.kind} so far" if period.partial else period.kind
    return f"Community health — {period.label} ({kind}, {where})"


def _sql_sections(scope: Scope, period: Period, options: ReportOptions, step: Callable[[str], None]
                  ) -> dict[str, Any]:
    """Every section that is SQL aggregation; safe to run in a thread with its own session."""
    clock, thresholds, hostile = scope.clock, dict(options.thresholds), options.hostile_threshold
    out: dict[str, Any] = {}
    with clock.section("volume"):
        out["volume"] = health.compute_volume(scope, period)
    step("volume")
    with clock.section("rates"):
        out["scored"], out["prev_scored"], out["rates"] = health.compute_rates(scope, period, thresholds)
        out["distribution"] = health.compute_distribution(scope, period, hostile)
    step("rates")
    with clock.section("daily"):
        out["daily"] = health.compute_daily(scope, period, thresholds)
    step("daily")
    with clock.section("incidents"):
        out["incidents"] = health.compute_incidents(scope, period, thresholds.get("incitement", 0.5),
                                                    options.base_url)
    step("incidents")
    with clock.section("heated"):
        out["heated"] = health.heated_rows(scope, period, hostile)
    step("heated")
    with clock.section("derailing"):
        out["derailing"] = health.compute_derailing(scope, period, hostile)
    step("derailing")
    with clock.section("moderation"):
        out["moderation"] = desk.compute_moderation(scope, period)
    step("moderation")
    return out


def build_report(session: Session, period: Period, source: str | None = None, *,
                 options: ReportOptions | None = None, clock: Clock | None = None,
                 progress: Callable[[str], None] | None = None, now: datetime | None = None) -> Report:
    """Compute every figure of the report. `progress(section)` is called after each section.

    With `options.parallel`, the SQL sections run in a second thread on their own session while this
    thread does the Python-heavy people section: the database (SQLite's C code, or the PostgreSQL
    server) works without the GIL, so the two overlap. That session sees committed data only, so it
    is for callers that read committed data (the CLI, the scheduler, the bench) — not for a caller
    inside an uncommitted transaction, which is why it is off by default.
    """
    options = options or ReportOptions()
    clock = clock or Clock()
    source_id, source_key = resolve_source(session, source)
    hostile = options.hostile_threshold
    lock = threading.Lock()

    def step(name: str) -> None:
        if progress is not None:
            with lock:
                progress(name)

    engine = session.get_bind()
    # A session bound to a Connection is inside its caller's transaction, and an in-memory SQLite
    # database exists per connection: a second session would see neither, so no overlap then.
    overlap = options.parallel and isinstance(engine, Engine) and not (
        engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:"))
    if overlap:
        sql_clock = Clock()

        def run_sql() -> dict[str, Any]:
            with Session(bind=engine) as own:
                return _sql_sections(Scope(own, source_id, sql_clock), period, options, step)

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-sql") as pool:
            pending = pool.submit(run_sql)
            scope = Scope(session=session, source_id=source_id, clock=clock)
            with clock.section("people"):
                people_section, flame, headcount = people.compute_people(scope, period, hostile, with_graph=options.graph)
            step("people")
            parts = pending.result()
        clock.sections.update(sql_clock.sections)
    else:
        scope = Scope(session=session, source_id=source_id, clock=clock)
        parts = _sql_sections(scope, period, options, step)
        with clock.section("people"):
            people_section, flame, headcount = people.compute_people(scope, period, hostile, with_graph=options.graph)
        step("people")

    volume: Volume = parts["volume"]
    # The SQL counts accounts; the graph adds the people known only by name, so the count agrees with the names shown.
    volume.named_by_replies, volume.unattributed_comments = headcount.named_by_replies, headcount.unattributed_comments
    volume.active_authors = volume.account_authors + headcount.named_by_replies
    moderation: Moderation = parts["moderation"]
    incidents_total, incidents = parts["incidents"]
    with clock.section("heated"):
        by_share, by_flame = health.heated_lists(scope, parts["heated"], flame)
    previous = period.previous()
    meta = Meta(title=report_title(period, source_key), period_kind=period.kind, period_label=period.label,
                start=period.start, end=period.end, previous_start=previous.start, previous_end=previous.end,
                source=source_key, generated_at=now or datetime.now(UTC), thresholds=dict(options.thresholds),
                hostile_threshold=hostile, empty=volume.comments == 0 and moderation.decisions == 0)
    return Report(
        meta=meta, volume=volume,
        health=Health(scored=parts["scored"], previous_scored=parts["prev_scored"], label_rates=parts["rates"],
                      daily=parts["daily"], label_distribution=parts["distribution"],
                      incidents_total=incidents_total, incidents=incidents, heated_by_share=by_share,
                      heated_by_flame_wars=by_flame, derailing=parts["derailing"]),
        people=people_section, moderation=moderation,
    )
