"""Reports are snapshots: one stored row per (period kind, start, end, source).

Re-running an old period returns the stored report even if comments arrived since — the Monday report
people discussed stays the one they discussed — unless the caller asks to rebuild it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.reports import Report as ReportRow
from app.reports.compute import ReportOptions, build_report, resolve_source
from app.reports.data import Report, from_dict, to_dict
from app.reports.periods import Period
from app.reports.render import render_html
from app.reports.scope import Clock


@dataclass
class Snapshot:
    row: ReportRow
    report: Report
    built: bool  # False when the stored snapshot was reused


def find_snapshot(session: Session, period: Period, source_key: str) -> ReportRow | None:
    return session.scalar(select(ReportRow).where(
        ReportRow.period_kind == period.kind, ReportRow.period_start == period.start,
        ReportRow.period_end == period.end, ReportRow.source_key == source_key))


def load_report(row: ReportRow) -> Report:
    data = dict(row.data)
    moderation = dict(data.get("moderation") or {})
    if "verdicts" in moderation:  # snapshots stored before the field was renamed for editors
        moderation.setdefault("keep_or_remove_decisions", moderation.pop("verdicts"))
        data["moderation"] = moderation
    return from_dict(Report, data)


def get_or_build(session: Session, period: Period, source: str | None = None, *, rebuild: bool = False,
                 options: ReportOptions | None = None, clock: Clock | None = None,
                 progress: Callable[[str], None] | None = None) -> Snapshot:
    """The stored report for this period and source, building (and storing) it when missing or asked to.

    Flushes, never commits: the caller owns the transaction.
    """
    _source_id, source_key = resolve_source(session, source)
    row = find_snapshot(session, period, source_key)
    if row is not None and not rebuild:
        return Snapshot(row=row, report=load_report(row), built=False)
    report = build_report(session, period, source, options=options, clock=clock, progress=progress)
    html, _charts = render_html(report)
    data = to_dict(report)
    if row is None:
        row = ReportRow(period_kind=period.kind, period_start=period.start, period_end=period.end,
                        source_key=source_key, title=report.meta.title, data=data, html=html)
        session.add(row)
    else:
        row.title, row.data, row.html = report.meta.title, data, html
        row.created_at = report.meta.generated_at
    session.flush()
    return Snapshot(row=row, report=report, built=True)
