"""The declarative list of scheduled reports (rows of ReportSchedule, edited by admins) and `run_due`.

One `run_due(session, now)` serves every trigger — the in-process scheduler, Celery beat and cron
(`flask reports run-due`) — so they can all be on at once: a period is claimed by inserting its
ReportRun row, unique per (schedule, period), and whoever loses the insert skips it. That is also
what makes a missed run happen exactly once: after downtime the next call finds the periods that
ended without a run, runs each once (up to MAX_CATCH_UP, newest first), and they are then recorded.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from flask import current_app, has_app_context
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.reports import ReportRun, ReportSchedule
from app.reports.compute import ReportOptions, resolve_source
from app.reports.delivery import send_report, smtp_settings
from app.reports.periods import Period, last_complete
from app.reports.render import FORMATS, render_csv_zip, render_json, render_pdf
from app.reports.scope import as_utc
from app.reports.snapshots import get_or_build

log = logging.getLogger(__name__)

SCHEDULE_KINDS = ("day", "week", "month")
MAX_CATCH_UP = 5
# A run started this long after its period ended counts as a catch-up of a missed run.
ON_TIME = timedelta(hours=6)


class ScheduleError(ValueError):
    pass


def list_schedules(session: Session) -> list[ReportSchedule]:
    return list(session.scalars(select(ReportSchedule).order_by(ReportSchedule.name)))


def add_schedule(session: Session, *, name: str, period_kind: str, sources: list[str], formats: list[str],
                 recipients: list[str], active: bool = True, created_at: datetime | None = None) -> ReportSchedule:
    name = name.strip()
    if not name:
        raise ScheduleError("a schedule needs a name")
    if period_kind not in SCHEDULE_KINDS:
        raise ScheduleError(f"period must be one of {SCHEDULE_KINDS}")
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise ScheduleError(f"formats must be among {FORMATS}")
    for slug in sources:
        resolve_source(session, slug)  # raises UnknownSource early, not at 3 a.m.
    if any("@" not in r for r in recipients):
        raise ScheduleError("every recipient must be an email address")
    if session.scalar(select(ReportSchedule.id).where(ReportSchedule.name == name)) is not None:
        raise ScheduleError(f"a schedule named {name!r} exists")
    schedule = ReportSchedule(name=name, period_kind=period_kind, sources=list(sources), formats=list(formats),
                              recipients=list(recipients), active=active, created_at=created_at or utcnow())
    session.add(schedule)
    session.flush()
    return schedule


def remove_schedule(session: Session, name_or_id: str | int) -> None:
    stmt = select(ReportSchedule)
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        stmt = stmt.where(ReportSchedule.id == int(name_or_id))
    else:
        stmt = stmt.where(ReportSchedule.name == name_or_id)
    schedule = session.scalar(stmt)
    if schedule is None:
        raise ScheduleError(f"no schedule {name_or_id!r}")
    for run in session.scalars(select(ReportRun).where(ReportRun.schedule_id == schedule.id)):
        session.delete(run)
    session.delete(schedule)
    session.flush()


def due_periods(session: Session, schedule: ReportSchedule, now: datetime) -> list[Period]:
    """Complete periods without a run yet, oldest first: every period after the last one run, or for a
    new schedule, from the period that was the latest complete one when it was created (so adding a
    schedule sends its first report at once rather than a period later)."""
    last_end = as_utc(session.scalar(select(func.max(ReportRun.period_end))
                                     .where(ReportRun.schedule_id == schedule.id)))
    created = as_utc(schedule.created_at) or now
    floor = last_end if last_end is not None else last_complete(schedule.period_kind, created).start
    out: list[Period] = []
    period = last_complete(schedule.period_kind, now)
    while period.end > floor and len(out) < MAX_CATCH_UP:
        out.append(period)
        period = period.previous()
    if period.end > floor:
        log.warning("schedule %s: more than %d periods missed; only the latest are caught up", schedule.name,
                    MAX_CATCH_UP)
    return out[::-1]


def _claim(session: Session, schedule: ReportSchedule, period: Period, now: datetime) -> ReportRun | None:
    try:
        with session.begin_nested():
            run = ReportRun(schedule_id=schedule.id, period_start=period.start, period_end=period.end,
                            status="running", started_at=now, caught_up=now - period.end > ON_TIME)
            session.add(run)
            session.flush()
    except IntegrityError:
        log.info("schedule %s %s: already claimed by another runner", schedule.name, period.label)
        return None
    return run


def _attachments(report: object, formats: list[str], html: str, stem: str) -> dict[str, tuple[bytes, str, str]]:
    out: dict[str, tuple[bytes, str, str]] = {}
    if "json" in formats:
        out[f"{stem}.json"] = (render_json(report).encode(), "application", "json")  # type: ignore[arg-type]
    if "csv" in formats:
        out[f"{stem}.csv.zip"] = (render_csv_zip(report), "application", "zip")  # type: ignore[arg-type]
    if "pdf" in formats:
        out[f"{stem}.pdf"] = (render_pdf(html), "application", "pdf")
    return out


def execute_run(session: Session, schedule: ReportSchedule, run: ReportRun, options: ReportOptions) -> None:
    period = Period(schedule.period_kind, run.period_start, run.period_end)
    try:
        with session.begin_nested():
            report_ids: list[int] = []
            sources: list[str | None] = list(schedule.sources) or [None]
            for source in sources:
                snap = get_or_build(session, period, source, options=options)
                report_ids.append(snap.row.id)
                if schedule.recipients:
                    stem = f"report-{period.kind}-{period.start.date().isoformat()}-{snap.row.source_key}"
                    config = current_app.config if has_app_context() else None
                    send_report(snap.report, list(schedule.recipients), smtp_settings(config),
                                attachments=_attachments(snap.report, schedule.formats, snap.row.html, stem))
            run.report_ids = report_ids
            run.delivered_to = list(schedule.recipients)
            run.status = "ok"
    except Exception as exc:  # a failed run is recorded, and the next schedule still runs
        log.exception("scheduled report %s for %s failed", schedule.name, period.label)
        run.status, run.error = "failed", str(exc)[:2000]
    run.finished_at = utcnow()
    session.flush()


def run_due(session: Session, now: datetime, *, options: ReportOptions | None = None) -> list[ReportRun]:
    """Run every due (or missed) scheduled report once. Flushes; the caller commits."""
    options = options or ReportOptions()
    runs: list[ReportRun] = []
    for schedule in session.scalars(select(ReportSchedule).where(ReportSchedule.active.is_(True))
                                    .order_by(ReportSchedule.id)).all():
        for period in due_periods(session, schedule, now):
            run = _claim(session, schedule, period, now)
            if run is None:
                continue
            execute_run(session, schedule, run, options)
            runs.append(run)
    return runs


def run_due_job(app: object) -> int:
    """Periodic-job entry point (app/jobs/schedule.py): run what is due in its own transaction."""
    from flask import Flask

    from app.extensions import db

    assert isinstance(app, Flask)
    with app.app_context():
        try:
            runs = run_due(db.session(), utcnow(), options=ReportOptions(
                base_url=str(app.config.get("BASE_URL", "") or "").rstrip("/")))
            db.session.commit()
        except Exception:
            db.session.rollback()
            raise
        finally:
            db.session.remove()
    return len(runs)
